import type { Db } from "../db/client";
import { hashData } from "../responses/hash-data";
import { listQuestions } from "../surveys/list-questions";
import { separateFreeText } from "./separate-free-text";

const DONE_KEY = "texts.backfilled";
const PAGE = 500;

/**
 * Once per database: scrubs the free text of responses stored before scrubbing existed (decision
 * 013) in place, moves contact answers out, and writes their TextAnswer rows. Responses that
 * already have text rows are left alone. Returns how many responses were rewritten.
 */
export async function backfillTextAnswers(db: Db): Promise<number> {
  if (await db.setting.findUnique({ where: { key: DONE_KEY } })) return 0;
  const questions = new Map((await db.surveyVersion.findMany({ select: { id: true, json: true } })).map((v) => [v.id, listQuestions(v.json)]));
  let after = 0;
  let rewritten = 0;
  for (;;) {
    const page = await db.response.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: PAGE, select: { id: true, surveyId: true, schoolId: true, audience: true, versionId: true, data: true, _count: { select: { texts: true } } } });
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    for (const r of page) {
      if (r._count.texts > 0) continue;
      const { data, texts, contacts } = separateFreeText(questions.get(r.versionId) ?? [], r.data as Record<string, unknown>);
      if (texts.length === 0 && contacts.length === 0) continue;
      await db.$transaction([
        db.response.update({ where: { id: r.id }, data: { data: data as object, dataHash: hashData(data) } }),
        db.textAnswer.createMany({ data: texts.map((t) => ({ responseId: r.id, surveyId: r.surveyId, schoolId: r.schoolId, audience: r.audience, question: t.question, text: t.text })) }),
        db.followUpContact.createMany({ data: contacts.map((c) => ({ id: crypto.randomUUID(), surveyId: r.surveyId, schoolId: r.schoolId, question: c.question, value: c.value })) }),
      ]);
      rewritten++;
    }
  }
  await db.setting.upsert({ where: { key: DONE_KEY }, create: { key: DONE_KEY, value: new Date().toISOString() }, update: {} });
  return rewritten;
}
