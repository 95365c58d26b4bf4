import { getDb } from "../db/client";
import { listQuestions, type QuestionInfo } from "../surveys/list-questions";
import { chinaDay } from "../time/china-time";
import type { TallyRow } from "./apply-tallies";
import { deriveTallies } from "./derive-tallies";

const keyOf = (r: Omit<TallyRow, "count" | "sum">) =>
  [r.versionId, r.schoolId, r.audience, r.day, r.question, r.row, r.value].join("\u0000");

export interface TallyMismatch {
  key: string;
  stored: { count: number; sum: number } | undefined;
  recounted: { count: number; sum: number } | undefined;
}

/**
 * Recounts a survey's tallies from its stored responses and lists every difference from the
 * stored tallies: the check behind tests, the crash benchmark and an operator's audit.
 * Reads responses in pages, so it works on large surveys.
 */
export async function findTallyMismatches(surveyId: string): Promise<TallyMismatch[]> {
  const db = await getDb();
  const versions = await db.surveyVersion.findMany({ where: { surveyId }, select: { id: true, json: true } });
  const questions = new Map<string, QuestionInfo[]>(versions.map((v) => [v.id, listQuestions(v.json)]));
  const recounted = new Map<string, { count: number; sum: number }>();
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
    for (const r of page) {
      const base = { versionId: r.versionId, schoolId: r.schoolId, audience: r.audience, day: chinaDay(r.submittedAt) };
      for (const d of deriveTallies(questions.get(r.versionId) ?? [], r.data as Record<string, unknown>)) {
        const key = keyOf({ ...base, ...d });
        const current = recounted.get(key) ?? { count: 0, sum: 0 };
        recounted.set(key, { count: current.count + d.count, sum: current.sum + d.sum });
      }
    }
    cursor = page.at(-1)!.id;
  }
  const stored = new Map(
    (await db.tally.findMany({ where: { versionId: { in: [...questions.keys()] } } })).map((t) => [keyOf(t), { count: t.count, sum: t.sum }]),
  );
  const mismatches: TallyMismatch[] = [];
  for (const key of new Set([...stored.keys(), ...recounted.keys()])) {
    const s = stored.get(key);
    const r = recounted.get(key);
    if (!s || !r || s.count !== r.count || Math.abs(s.sum - r.sum) > 1e-6) mismatches.push({ key, stored: s, recounted: r });
  }
  return mismatches;
}
