import { getDb } from "../db/client";
import { listQuestions, type QuestionInfo } from "../surveys/list-questions";
import { chinaDay } from "../time/china-time";
import { deriveTallies } from "./derive-tallies";
import { createTallyBatch, dailyKey, tallyKey } from "../db/tally-batch";

export interface TallyMismatch {
  key: string;
  stored: { count: number; sum: number } | undefined;
  recounted: { count: number; sum: number } | undefined;
}

function compare(stored: Map<string, { count: number; sum: number }>, recounted: Map<string, { count: number; sum: number }>, out: TallyMismatch[]) {
  for (const key of new Set([...stored.keys(), ...recounted.keys()])) {
    const s = stored.get(key);
    const r = recounted.get(key);
    if (!s || !r || s.count !== r.count || Math.abs(s.sum - r.sum) > 1e-6) out.push({ key, stored: s, recounted: r });
  }
}

/**
 * Recounts a survey's tallies and daily counts from its stored responses and lists every
 * difference: the check behind tests, the crash benchmark and an operator's audit. Reads
 * responses in pages, so it works on large surveys.
 */
export async function findTallyMismatches(surveyId: string): Promise<TallyMismatch[]> {
  const db = await getDb();
  const versions = await db.surveyVersion.findMany({ where: { surveyId }, select: { id: true, json: true } });
  const questions = new Map<string, QuestionInfo[]>(versions.map((v) => [v.id, listQuestions(v.json)]));
  const batch = createTallyBatch();
  let cursor: number | undefined;
  for (;;) {
    const page = await db.response.findMany({
      where: { surveyId },
      orderBy: { id: "asc" },
      take: 2_000,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
      select: { id: true, versionId: true, schoolId: true, audience: true, submittedAt: true, data: true },
    });
    if (page.length === 0) break;
    for (const r of page) batch.add(r, chinaDay(r.submittedAt), deriveTallies(questions.get(r.versionId) ?? [], r.data as Record<string, unknown>));
    cursor = page.at(-1)!.id;
  }
  const versionIds = [...questions.keys()];
  const [tallies, daily] = await Promise.all([
    db.tally.findMany({ where: { versionId: { in: versionIds } } }),
    db.dailyCount.findMany({ where: { versionId: { in: versionIds } } }),
  ]);
  const mismatches: TallyMismatch[] = [];
  compare(
    new Map(tallies.map((t) => [tallyKey(t), { count: t.count, sum: t.sum }])),
    new Map(batch.tallies().map((t) => [tallyKey(t), { count: t.count, sum: t.sum }])),
    mismatches,
  );
  compare(
    new Map(daily.map((d) => [`day:${dailyKey(d)}`, { count: d.count, sum: 0 }])),
    new Map(batch.dailyCounts().map((d) => [`day:${dailyKey(d)}`, { count: d.count, sum: 0 }])),
    mismatches,
  );
  return mismatches;
}
