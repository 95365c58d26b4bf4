import { parse } from "csv-parse/sync";
import { z } from "zod";
import { AppError, type FieldIssue } from "../errors/app-error";
import { isSchoolStage, schoolStages, type SchoolStage } from "./stages";

export const ORG_CSV_HEADER = ["district", "school_code", "school_name", "stage", "staff", "students", "parents"] as const;

export interface OrgRow {
  line: number;
  district: string;
  schoolCode: string;
  schoolName: string;
  stage: SchoolStage;
  staff: number;
  students: number;
  parents: number;
}

const headcount = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `${field} 必须是非负整数 (must be a non-negative whole number)` })
    .transform(Number)
    .refine((n) => n <= 1_000_000, { message: `${field} 过大 (too large)` });

// NUL made PostgreSQL refuse the whole import with a 500 (found by fuzzing); no name needs a
// control character or an unpaired surrogate.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const printable = (field: string) => [(v: string) => !UNPRINTABLE.test(v), { message: `${field}不能包含控制字符 (control characters are not allowed)` }] as const;

const rowSchema = z.object({
  district: z.string().trim().min(1, { message: "区县不能为空 (district is required)" }).max(50).refine(...printable("区县")),
  school_code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, { message: "学校代码只能包含字母、数字、-、_，最多 32 位 (school_code: letters, digits, - or _)" }),
  school_name: z.string().trim().min(1, { message: "学校名称不能为空 (school_name is required)" }).max(100).refine(...printable("学校名称")),
  stage: z
    .string()
    .trim()
    .refine(isSchoolStage, { message: `学段必须是 ${schoolStages.join("/")} 之一 (unknown stage)` }),
  staff: headcount("staff"),
  students: headcount("students"),
  parents: headcount("parents"),
});

const MAX_ISSUES = 50;

function decodeUtf8(input: Uint8Array | string): string {
  if (typeof input === "string") return input;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    throw new AppError("BAD_REQUEST", "文件不是 UTF-8 编码，请另存为 UTF-8 CSV (file is not UTF-8)", [
      { field: "file", message: "not UTF-8" },
    ]);
  }
}

/**
 * Parses and checks an org CSV completely before anything is stored: every problem is reported
 * with its line and field, and one bad row rejects the whole file.
 */
export function parseOrgCsv(input: Uint8Array | string): OrgRow[] {
  const text = decodeUtf8(input).replace(/^\uFEFF/, "");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new AppError("BAD_REQUEST", `CSV 格式错误${line ? `（第 ${line} 行）` : ""} (malformed CSV)`, [
      { field: "file", message: (e as Error).message, line },
    ]);
  }
  const [header, ...body] = records;
  const headerCells = header?.record.map((c) => c.trim()) ?? [];
  if (headerCells.join(",") !== ORG_CSV_HEADER.join(",")) {
    throw new AppError("VALIDATION", `第 1 行表头应为 ${ORG_CSV_HEADER.join(",")} (wrong header)`, [
      { field: "header", line: 1, message: `expected ${ORG_CSV_HEADER.join(",")}` },
    ]);
  }
  if (body.length === 0) {
    throw new AppError("VALIDATION", "文件中没有学校 (no rows)", [{ field: "file", message: "no rows" }]);
  }

  const issues: FieldIssue[] = [];
  const rows: OrgRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.every((cell) => cell.trim() === "")) continue;
    if (record.length !== ORG_CSV_HEADER.length) {
      issues.push({ line, field: "row", message: `第 ${line} 行应有 ${ORG_CSV_HEADER.length} 列，实有 ${record.length} 列 (wrong column count)` });
      continue;
    }
    const parsed = rowSchema.safeParse(Object.fromEntries(ORG_CSV_HEADER.map((h, i) => [h, record[i] ?? ""])));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "row");
        issues.push({ line, field, message: `第 ${line} 行 ${field}：${issue.message}` });
      }
      continue;
    }
    const r = parsed.data;
    const earlier = firstLineOfCode.get(r.school_code);
    if (earlier !== undefined) {
      issues.push({ line, field: "school_code", message: `第 ${line} 行 school_code：学校代码 ${r.school_code} 与第 ${earlier} 行重复 (duplicate)` });
      continue;
    }
    firstLineOfCode.set(r.school_code, line);
    rows.push({
      line,
      district: r.district,
      schoolCode: r.school_code,
      schoolName: r.school_name,
      stage: r.stage as SchoolStage,
      staff: r.staff,
      students: r.students,
      parents: r.parents,
    });
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_ISSUES);
    throw new AppError("VALIDATION", `导入失败，未导入任何数据：${shown[0]?.message ?? ""}${issues.length > 1 ? ` 等 ${issues.length} 处错误` : ""}`, shown);
  }
  return rows;
}
