import type { Db } from "../db/client";
import { assignThemes } from "./assign-themes";
import { extractKeywords } from "./extract-keywords";
import { loadThemes, themeRevision } from "./theme-taxonomy";

const BATCH = 500;

/**
 * Keywords and themes for text answers not yet analysed with the current taxonomy (new answers,
 * or all automatically themed ones after a theme changed). Runs outside the submission path, in
 * batches; readers call it before reading so what they see is current, bounded by `limit`.
 * Returns how many answers were analysed. Keyword counts are added exactly once per answer: the
 * first analysis claims the answer by moving its revision off 0.
 */
export async function analyzePendingTexts(db: Db, options: { surveyId?: string; limit?: number } = {}): Promise<number> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const themes = (await loadThemes(db)).filter((t) => t.active);
  const revision = await themeRevision(db);
  let done = 0;
  let after = 0;
  while (done < limit) {
    const batch = await db.textAnswer.findMany({
      where: { themedRevision: { lt: revision }, id: { gt: after }, ...(options.surveyId ? { surveyId: options.surveyId } : {}) },
      orderBy: { id: "asc" },
      take: Math.min(BATCH, limit - done),
      select: { id: true, surveyId: true, schoolId: true, audience: true, question: true, text: true, themedRevision: true, themesCorrected: true },
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    await db.$transaction(async (tx) => {
      const counts = new Map<string, { surveyId: string; schoolId: string; audience: string; question: string; keyword: string; count: number }>();
      for (const a of batch) {
        if (a.themedRevision === 0) {
          const keywords = extractKeywords(a.text);
          const claimed = await tx.textAnswer.updateMany({ where: { id: a.id, themedRevision: 0 }, data: { keywords, themedRevision: revision } });
          if (claimed.count === 0) continue;
          for (const keyword of keywords) {
            const key = [a.surveyId, a.schoolId, a.audience, a.question, keyword].join("\u0000");
            const c = counts.get(key);
            if (c) c.count++;
            else counts.set(key, { surveyId: a.surveyId, schoolId: a.schoolId, audience: a.audience, question: a.question, keyword, count: 1 });
          }
        } else await tx.textAnswer.update({ where: { id: a.id }, data: { themedRevision: revision } });
        if (a.themesCorrected) continue;
        await tx.textTheme.deleteMany({ where: { textAnswerId: a.id } });
        const ids = assignThemes(a.text, themes);
        if (ids.length > 0) {
          await tx.textTheme.createMany({ data: ids.map((themeId) => ({ textAnswerId: a.id, themeId, surveyId: a.surveyId, schoolId: a.schoolId, audience: a.audience, question: a.question })) });
        }
      }
      for (const c of counts.values()) {
        const { count, ...id } = c;
        await tx.keywordCount.upsert({ where: { surveyId_schoolId_audience_question_keyword: id }, create: c, update: { count: { increment: count } } });
      }
    }, { timeout: 60_000 });
    done += batch.length;
  }
  return done;
}
