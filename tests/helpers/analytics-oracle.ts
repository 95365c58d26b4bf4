import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { createRandom } from "@/lib/demo/random";
import { synthesizeAnswers } from "@/lib/demo/synthesize-answers";
import { compileValidator } from "@/lib/responses/compile-validator";
import { insertResponsesBulk } from "@/lib/responses/insert-responses-bulk";
import { listQuestions } from "@/lib/surveys/list-questions";

type Data = Record<string, unknown>;

/** Counts, means and medians computed straight from raw answers, by a route that shares no code with lib/analytics. */
export interface Expected {
  answered: number;
  counts: Record<string, number>;
  mean?: number;
  median?: number;
  rows?: Record<string, { counts: Record<string, number>; mean?: number }>;
  meanRank?: Record<string, number>;
  firstPlaceShare?: Record<string, number>;
}

function stats(nums: number[]): { mean?: number; median?: number } {
  if (nums.length === 0) return {};
  const s = [...nums].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { mean: s.reduce((a, b) => a + b, 0) / s.length, median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2 };
}

const bump = (o: Record<string, number>, k: string) => void (o[k] = (o[k] ?? 0) + 1);

/** The expected result of one question over a set of responses. */
export function expectedFor(type: string, name: string, responses: Data[]): Expected {
  const given = responses.map((d) => d[name]).filter((v) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0));
  const out: Expected = { answered: given.length, counts: {} };
  if (type === "comment" || (type === "text" && given.some((v) => typeof v === "string"))) return out;
  if (type === "checkbox") {
    for (const v of given as unknown[][]) for (const c of new Set(v.map(String))) bump(out.counts, c);
    return out;
  }
  if (type === "matrix") {
    out.rows = {};
    const byRow = new Map<string, number[]>();
    for (const v of given as Data[]) for (const [row, cell] of Object.entries(v)) {
      (out.rows[row] ??= { counts: {} }).counts[String(cell)] = (out.rows[row].counts[String(cell)] ?? 0) + 1;
      byRow.set(row, [...(byRow.get(row) ?? []), Number(cell)]);
    }
    for (const [row, nums] of byRow) out.rows[row]!.mean = stats(nums).mean;
    return out;
  }
  if (type === "ranking") {
    out.meanRank = {};
    out.firstPlaceShare = {};
    const ranks = new Map<string, number[]>();
    for (const v of given as unknown[][]) v.forEach((item, i) => ranks.set(String(item), [...(ranks.get(String(item)) ?? []), i + 1]));
    for (const [item, r] of ranks) {
      out.meanRank[item] = stats(r).mean!;
      out.firstPlaceShare[item] = r.filter((x) => x === 1).length / given.length;
    }
    return out;
  }
  for (const v of given) bump(out.counts, String(v));
  if (type === "rating" || type === "text") Object.assign(out, stats(given.map(Number)));
  return out;
}

/** Valid synthetic answers for a survey (the demo synthesizer, filtered by the real validator). */
export function answerMaker(json: unknown, seed: number) {
  const validator = compileValidator(json);
  const random = createRandom(seed);
  return (mood = random.next()): Data => {
    for (;;) {
      const r = validator.validate(synthesizeAnswers(json, random, mood));
      if (r.ok) return r.data;
    }
  };
}

export interface Placed {
  link: { id: string; schoolId: string; audience: string };
  data: Data;
  at: Date;
}

/** Writes responses through the bulk path (tallies included) for the given survey version. */
export async function insertPlaced(surveyId: string, versionId: string, json: unknown, placed: Placed[]): Promise<void> {
  await insertResponsesBulk(
    placed.map((p) => ({ submissionId: randomUUID(), surveyId, versionId, linkId: p.link.id, schoolId: p.link.schoolId, audience: p.link.audience, receivedAt: p.at, data: p.data })),
    new Map([[versionId, listQuestions(json)]]),
  );
}

/** Every stored response of a survey, read back raw. */
export async function rawResponses(surveyId: string) {
  const db = await getDb();
  return db.response.findMany({ where: { surveyId }, select: { schoolId: true, audience: true, submittedAt: true, data: true, versionId: true } });
}
