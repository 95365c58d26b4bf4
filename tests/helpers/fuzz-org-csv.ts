// Property: the org CSV import (the lib function behind POST /api/orgs/import), fed arbitrary and
// mutated files, either imports exactly the parsed rows (and importing them again changes
// nothing) or refuses with a documented 4xx and changes nothing.
import fc from "fast-check";
import { getDb } from "@/lib/db/client";
import { toHttpError } from "@/lib/errors/to-http";
import { importOrgs } from "@/lib/orgs/import-orgs";
import { ORG_CSV_HEADER, parseOrgCsv } from "@/lib/orgs/parse-org-csv";
import { schoolStages } from "@/lib/orgs/stages";
import type { FuzzFigures } from "./fuzz-submissions";
import { byteDamage, damageBytes, nastyString, type ByteDamage } from "./fuzz-inputs";
import { resetDatabase } from "./reset-database";

/** What importOrgs may answer, as the route maps it (401 and 413 come from the route itself). */
export const IMPORT_STATUSES = new Set([200, 400, 422]);

const CITY = "测试市";
const DISTRICTS = ["广陵区", "邗江区", "江都区", " 广陵区 ", "S7", CITY, "=1+1", "区\u202e", "<b>区</b>", "😀区", "a".repeat(51)];

const cell = fc.oneof(
  nastyString(20),
  fc.constantFrom("", " ", "-1", "1e3", "1000000", "1000001", "０１", "12.5", "0x10", "S1", "广陵区", CITY, '"', '""', "a,b", "a\nb", "=HYPERLINK(\"http://x\")", "x".repeat(20_000)),
  fc.string({ maxLength: 10 }),
);

interface Row {
  district: string;
  code: string;
  name: string;
  stage: string;
  counts: [number, number, number];
}

const row: fc.Arbitrary<Row> = fc.record({
  district: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...DISTRICTS.slice(0, 3)) }, { weight: 1, arbitrary: fc.constantFrom(...DISTRICTS) }),
  // A small code space, so later files update schools earlier ones created.
  code: fc.nat({ max: 150 }).map((n) => `S${n}`),
  name: fc.oneof(fc.constantFrom("扬州市测试小学", "邗江中学", "School, \"quoted\""), nastyString(30)),
  stage: fc.constantFrom(...schoolStages),
  counts: fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 5_000 }), fc.nat({ max: 5_000 })),
});

type Mutation =
  | { kind: "cell"; row: number; col: number; value: string }
  | { kind: "dropCell"; row: number }
  | { kind: "addCell"; row: number; value: string }
  | { kind: "duplicateRow"; row: number }
  | { kind: "blankLine"; row: number; commas: boolean }
  | { kind: "header"; col: number; value: string }
  | { kind: "rawLine"; row: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("cell" as const), row: fc.nat(), col: fc.nat({ max: 6 }), value: cell }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropCell" as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("addCell" as const), row: fc.nat(), value: cell }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("duplicateRow" as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("blankLine" as const), row: fc.nat(), commas: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("header" as const), col: fc.nat({ max: 6 }), value: fc.oneof(cell, fc.constantFrom("DISTRICT", " district ", "code")) }) },
  // Unbalanced quotes and the like, written as is.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rawLine" as const), row: fc.nat(), value: fc.oneof(fc.constantFrom('"unterminated,1', 'a"b,c', '"a""b",2', ",,,,,,", "\r"), nastyString(40)) }) },
);

export type CsvCase =
  | { kind: "mutated"; rows: Row[]; mutations: Mutation[]; bom: boolean; eol: "\n" | "\r\n" | "\r"; damage: ByteDamage[] }
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array };

export const csvCase: fc.Arbitrary<CsvCase> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("mutated" as const),
      rows: fc.array(row, { minLength: 1, maxLength: 12 }),
      mutations: fc.oneof(fc.constant<Mutation[]>([]), fc.array(mutation, { minLength: 1, maxLength: 3 })),
      bom: fc.boolean(),
      eol: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const),
      damage: fc.oneof({ weight: 5, arbitrary: fc.constant<ByteDamage[]>([]) }, { weight: 1, arbitrary: fc.array(byteDamage, { minLength: 1, maxLength: 2 }) }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("text" as const), text: fc.oneof(nastyString(300), fc.string({ maxLength: 300 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 300 }) }) },
);

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The file a case describes, as the route receives it (bytes). */
export function buildCsv(c: CsvCase): Uint8Array {
  if (c.kind === "bytes") return c.bytes;
  if (c.kind === "text") return Buffer.from(c.text);
  const header: string[] = [...ORG_CSV_HEADER];
  const lines: (string[] | string)[] = c.rows.map((r) => [r.district, r.code, r.name, r.stage, ...r.counts.map(String)]);
  const at = (i: number) => i % lines.length;
  for (const m of c.mutations) {
    const target = lines[at(m.kind === "header" ? 0 : m.row)];
    switch (m.kind) {
      case "cell":
        if (Array.isArray(target)) target[m.col] = m.value;
        break;
      case "dropCell":
        if (Array.isArray(target)) target.pop();
        break;
      case "addCell":
        if (Array.isArray(target)) target.push(m.value);
        break;
      case "duplicateRow":
        lines.splice(at(m.row), 0, Array.isArray(target) ? [...target] : target!);
        break;
      case "blankLine":
        lines.splice(at(m.row), 0, m.commas ? ",,,,,," : "");
        break;
      case "header":
        header[m.col] = m.value;
        break;
      case "rawLine":
        lines.splice(at(m.row), 0, m.value);
        break;
    }
  }
  const text = [header.map(quote).join(","), ...lines.map((l) => (Array.isArray(l) ? l.map(quote).join(",") : l))].join(c.eol);
  return damageBytes(Buffer.from((c.bom ? "\uFEFF" : "") + text), c.damage);
}

async function snapshot(): Promise<string> {
  const db = await getDb();
  const rows = await db.orgUnit.findMany({ orderBy: { code: "asc" }, select: { kind: true, code: true, name: true, stage: true, staffCount: true, studentCount: true, parentCount: true, parentId: true } });
  return JSON.stringify(rows);
}

/** Runs the property for `numRuns` cases on the current (empty) database. */
export async function fuzzOrgImport(options: { numRuns: number; seed?: number }): Promise<FuzzFigures> {
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(csvCase, async (c) => {
      const db = await getDb();
      // Keep the organisation tree small, so comparing it whole stays cheap over 100,000 cases.
      if ((await db.orgUnit.count()) > 300) await resetDatabase();
      const file = buildCsv(c);
      const before = await snapshot();
      let status = 200;
      try {
        await importOrgs(file, { cityName: CITY });
      } catch (e) {
        status = toHttpError(e).status;
        if (!IMPORT_STATUSES.has(status)) throw new Error(`undocumented status ${status}: ${String(e)}`);
      }
      outcomes[status] = (outcomes[status] ?? 0) + 1;
      if (!IMPORT_STATUSES.has(status)) throw new Error(`undocumented status ${status}`);
      if (status !== 200) {
        if ((await snapshot()) !== before) throw new Error(`refused with ${status} but the organisations changed`);
        return;
      }
      // Accepted: every parsed row is stored as parsed, and importing the file again changes nothing.
      const rows = parseOrgCsv(file);
      const stored = new Map((await db.orgUnit.findMany({ where: { kind: "school" }, include: { parent: { select: { code: true } } } })).map((o) => [o.code, o]));
      for (const r of rows) {
        const s = stored.get(r.schoolCode);
        const actual = s && { district: s.parent?.code, name: s.name, stage: s.stage, counts: [s.staffCount, s.studentCount, s.parentCount] };
        const expected = { district: r.district, name: r.schoolName, stage: r.stage, counts: [r.staff, r.students, r.parents] };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`line ${r.line} stored as ${JSON.stringify(actual)}, parsed as ${JSON.stringify(expected)}`);
      }
      const after = await snapshot();
      const again = await importOrgs(file, { cityName: CITY });
      if (again.schoolsUnchanged !== rows.length || (await snapshot()) !== after) throw new Error(`importing the same file again changed something: ${JSON.stringify(again)}`);
    }),
    { numRuns: options.numRuns, seed: options.seed },
  );
  return { target: "org CSV import", cases: options.numRuns, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), outcomes };
}
