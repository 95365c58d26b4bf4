// Property: POST /api/s/{code}/responses, fed arbitrary and mutated bodies through the same
// framework-free function and body reader the production server uses, answers only documented
// statuses, changes nothing when it refuses, and keeps tallies equal to a recount.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import fc from "fast-check";
import { getDb } from "@/lib/db/client";
import { createRandom } from "@/lib/demo/random";
import { synthesizeAnswers } from "@/lib/demo/synthesize-answers";
import { readNodeBody } from "@/lib/http/read-node-body";
import { answerSubmission, MAX_SUBMISSION_BYTES } from "@/lib/responses/answer-submission";
import { compileValidator } from "@/lib/responses/compile-validator";
import { findTallyMismatches } from "@/lib/responses/recount-tallies";
import { generateLinks } from "@/lib/surveys/generate-links";
import { listQuestions } from "@/lib/surveys/list-questions";
import { findTemplate } from "@/lib/surveys/templates";
import { createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "./factories";
import { byteDamage, damageBytes, hostileJson, hostileKey, nastyString, ownObject, PROTOTYPE_KEYS, type ByteDamage } from "./fuzz-inputs";

/** The statuses docs/openapi.yaml lists for this route. */
export const SUBMISSION_STATUSES = new Set([200, 201, 400, 404, 409, 410, 413, 422, 429]);

export interface FuzzFigures {
  target: string;
  cases: number;
  seconds: number;
  /** How many cases got each status (or outcome). */
  outcomes: Record<string, number>;
}

interface Target {
  code: string;
  surveyId: string;
  json: unknown;
  names: string[];
  /** Questions that take free text: where hostile strings pass the shape checks and get stored. */
  texts: string[];
}

type Mutation =
  | { kind: "answer"; q: number; value: unknown }
  | { kind: "drop"; q: number }
  | { kind: "key"; key: string; value: unknown }
  | { kind: "comment"; q: number; value: unknown }
  | { kind: "nested"; q: number; key: string; value: unknown }
  | { kind: "text"; q: number; value: string }
  | { kind: "freeText"; q: number; value: string }
  | { kind: "huge"; q: number; length: number }
  | { kind: "deep"; q: number; depth: number; open: "[" | '{"a":' }
  | { kind: "bodyKey"; key: string; value: unknown }
  | { kind: "id"; value: unknown }
  | { kind: "data"; value: unknown }
  | { kind: "startedAt"; value: unknown }
  | { kind: "reuse"; pick: number; sameData: boolean };

type Body =
  | { kind: "valid"; mutations: Mutation[]; damage: ByteDamage[] }
  | { kind: "json"; value: unknown }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "deep"; depth: number; open: "[" | '{"a":' };

export interface SubmissionCase {
  /** Index into the open targets; past them: the closed link, then an unknown code. */
  target: number;
  seed: number;
  body: Body;
  cookie: string | undefined;
}

const q = fc.nat({ max: 1000 });
// Mostly damage to the answers (what reaches the validator and the database); some to the envelope.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("answer" as const), q, value: hostileJson }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("drop" as const), q }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("key" as const), key: hostileKey, value: hostileJson }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("comment" as const), q, value: fc.oneof(nastyString(), hostileJson) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("nested" as const), q, key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileKey), value: hostileJson }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("text" as const), q, value: nastyString(200) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("freeText" as const), q, value: nastyString(200) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("huge" as const), q, length: fc.constantFrom(9_999, 10_000, 10_001, 80_000, MAX_SUBMISSION_BYTES + 1) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("deep" as const), q, depth: fc.integer({ min: 1, max: 120_000 }), open: fc.constantFrom("[" as const, '{"a":' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("bodyKey" as const), key: hostileKey, value: hostileJson }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("id" as const), value: fc.oneof(hostileJson, fc.uuid().map((u) => u.toUpperCase()), fc.constantFrom("00000000-0000-0000-0000-000000000000", `${randomUUID()} `, `{${randomUUID()}}`)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("data" as const), value: hostileJson }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("startedAt" as const), value: fc.oneof(hostileJson, fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom("2026-13-45T99:99:99Z", "2026-01-01T00:00:00+25:00")) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reuse" as const), pick: fc.nat(), sameData: fc.boolean() }) },
);

export const submissionCase: fc.Arbitrary<SubmissionCase> = fc.record({
  target: fc.oneof({ weight: 8, arbitrary: fc.nat({ max: 1 }) }, { weight: 1, arbitrary: fc.constant(2) }, { weight: 1, arbitrary: fc.constant(3) }),
  seed: fc.integer(),
  body: fc.oneof(
    { weight: 12, arbitrary: fc.record({ kind: fc.constant("valid" as const), mutations: fc.oneof(fc.constant<Mutation[]>([]), fc.array(mutation, { minLength: 1, maxLength: 3 })), damage: fc.oneof({ weight: 4, arbitrary: fc.constant<ByteDamage[]>([]) }, { weight: 1, arbitrary: fc.array(byteDamage, { minLength: 1, maxLength: 3 }) }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("json" as const), value: hostileJson }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 200 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("deep" as const), depth: fc.integer({ min: 1, max: 200_000 }), open: fc.constantFrom("[" as const, '{"a":' as const) }) },
  ),
  cookie: fc.option(fc.oneof(fc.constant("wence_device=AAAAAAAAAAAAAAAAAAAAAAAA"), fc.string().map((s) => `wence_device=${s}`), nastyString()), { nil: undefined }),
});

const DEEP = "__deep_placeholder__";

function nested(depth: number, open: "[" | '{"a":'): string {
  return open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth);
}

interface Sent {
  id: unknown;
  data: unknown;
}

/** The request body a case describes, and what it submitted (for the retry mutations). */
function buildBody(c: SubmissionCase, target: Target, accepted: Sent[]): { bytes: Uint8Array; sent?: Sent } {
  const b = c.body;
  if (b.kind === "json") return { bytes: Buffer.from(JSON.stringify(b.value) ?? "") };
  if (b.kind === "bytes") return { bytes: b.bytes };
  if (b.kind === "deep") return { bytes: Buffer.from(nested(b.depth, b.open)) };
  const data: Record<string, unknown> = synthesizeAnswers(target.json, createRandom(c.seed), 0.5);
  const body: Record<string, unknown> = { id: randomUUID(), data };
  let deep: string | undefined;
  const name = (i: number) => target.names[i % target.names.length]!;
  for (const m of b.mutations) {
    const d = body.data;
    const object = typeof d === "object" && d !== null && !Array.isArray(d) ? (d as Record<string, unknown>) : undefined;
    switch (m.kind) {
      case "answer":
        if (object) object[name(m.q)] = m.value;
        break;
      case "drop":
        if (object) delete object[name(m.q)];
        break;
      case "key":
        if (object) Object.defineProperty(object, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      case "comment":
        if (object) object[`${name(m.q)}-Comment`] = m.value;
        break;
      case "nested":
        if (object) object[name(m.q)] = ownObject([[m.key, m.value], ...Object.entries((object[name(m.q)] as object | undefined) ?? {})]);
        break;
      case "text":
        if (object) object[name(m.q)] = m.value;
        break;
      case "freeText":
        if (object) object[target.texts[m.q % target.texts.length]!] = m.value;
        break;
      case "huge":
        if (object) object[name(m.q)] = "长".repeat(m.length);
        break;
      case "deep":
        if (object) object[name(m.q)] = DEEP;
        deep = nested(m.depth, m.open);
        break;
      case "bodyKey":
        Object.defineProperty(body, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      case "id":
        body.id = m.value;
        break;
      case "data":
        body.data = m.value;
        break;
      case "startedAt":
        body.startedAt = m.value;
        break;
      case "reuse": {
        const earlier = accepted[m.pick % Math.max(1, accepted.length)];
        if (earlier) {
          body.id = earlier.id;
          if (m.sameData) body.data = earlier.data;
        }
        break;
      }
    }
  }
  let text = JSON.stringify(body);
  if (deep) text = text.replace(`"${DEEP}"`, deep);
  return { bytes: damageBytes(Buffer.from(text), b.damage), sent: { id: body.id, data: body.data } };
}

/** A request body as the production server's node:http request delivers it. */
function nodeRequest(bytes: Uint8Array): IncomingMessage {
  return Object.assign(Readable.from(bytes.length > 0 ? [Buffer.from(bytes)] : []), { headers: { "content-length": String(bytes.length) } }) as unknown as IncomingMessage;
}

/** What stored data a refused submission must leave alone. */
async function fingerprint() {
  const db = await getDb();
  const [responses, devices, tally, daily] = await Promise.all([
    db.response.count(),
    db.deviceSubmission.count(),
    db.tally.aggregate({ _count: { _all: true }, _sum: { count: true, sum: true } }),
    db.dailyCount.aggregate({ _count: { _all: true }, _sum: { count: true } }),
  ]);
  return { responses, devices, tallyRows: tally._count._all, tallyCount: tally._sum.count ?? 0, tallySum: tally._sum.sum ?? 0, dailyRows: daily._count._all, dailyCount: daily._sum.count ?? 0 };
}

/**
 * Schools, an open survey of every tallied question type (one response per device off), the
 * parent questionnaire template (on), and a survey closed by hand, each with a link.
 */
export async function arrangeSubmissionTargets(): Promise<{ open: Target[]; closedCode: string }> {
  const [school] = await createSchools();
  const db = await getDb();
  const make = async (json: Record<string, unknown>, settings: { onePerDevice: boolean; closedAt?: Date }) => {
    const { surveyId } = await createPublishedSurvey({ json, audiences: ["parent"] });
    await db.survey.update({ where: { id: surveyId }, data: settings });
    const [link] = await generateLinks(surveyId, [school!.id], ["parent"]);
    const names = compileValidator(json).questionNames;
    const texts = listQuestions(json).filter((q) => q.type === "comment" || (q.type === "text" && q.inputType !== "number"));
    return { code: link!.code, surveyId, json, names: [...names, "intro", `${names[0]}-Comment`], texts: texts.map((q) => q.name) };
  };
  const everyType = await make(EVERY_TYPE_SURVEY, { onePerDevice: false });
  const parent = await make(findTemplate("parent")!.json as Record<string, unknown>, { onePerDevice: true });
  const closed = await make(EVERY_TYPE_SURVEY, { onePerDevice: false, closedAt: new Date() });
  return { open: [everyType, parent], closedCode: closed.code };
}

/** Runs the property for `numRuns` cases on the current database (arranged by arrangeSubmissionTargets). */
export async function fuzzSubmissions(options: { numRuns: number; seed?: number }): Promise<FuzzFigures> {
  const { open, closedCode } = await arrangeSubmissionTargets();
  const accepted: Sent[] = [];
  const outcomes: Record<string, number> = {};
  let address = 0;
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(submissionCase, async (c) => {
      const target = open[c.target % open.length]!;
      const code = c.target < open.length ? target.code : c.target === open.length ? closedCode : "AAAAAAAAAAAAAAAAAAAAAA";
      const { bytes, sent } = buildBody(c, target, accepted);
      const before = await fingerprint();
      address++;
      const answer = await answerSubmission({
        code,
        url: `http://localhost/api/s/${code}/responses`,
        cookieHeader: c.cookie,
        forwardedFor: undefined,
        // A fresh client address per case: flood control is not what this property explores.
        socketAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
        readBody: () => readNodeBody(nodeRequest(bytes), MAX_SUBMISSION_BYTES),
      });
      outcomes[answer.status] = (outcomes[answer.status] ?? 0) + 1;
      if (!SUBMISSION_STATUSES.has(answer.status)) throw new Error(`undocumented status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
      const after = await fingerprint();
      if (answer.status === 201) {
        if (after.responses !== before.responses + 1) throw new Error(`201 but ${after.responses - before.responses} responses stored`);
        const id = (answer.body as { id: string }).id;
        const row = await (await getDb()).response.findUnique({ where: { submissionId: id }, select: { surveyId: true } });
        if (row?.surveyId !== target.surveyId) throw new Error(`201 but response ${id} is not stored for its survey`);
        if (sent) accepted.push(sent);
      } else if (JSON.stringify(after) !== JSON.stringify(before)) {
        throw new Error(`${answer.status} but stored data changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
      if (answer.status >= 400) {
        const problem = answer.body as { error?: { code?: string; message?: string } };
        if (typeof problem.error?.code !== "string" || typeof problem.error.message !== "string") throw new Error(`${answer.status} without a problem body`);
      }
    }),
    { numRuns: options.numRuns, seed: options.seed },
  );
  for (const t of open) {
    const mismatches = await findTallyMismatches(t.surveyId);
    if (mismatches.length > 0) throw new Error(`tallies differ from a recount: ${JSON.stringify(mismatches.slice(0, 3))}`);
  }
  outcomes.accepted = accepted.length;
  return { target: "POST /api/s/{code}/responses", cases: options.numRuns, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), outcomes };
}
