import { z } from "zod";
import type { Caller } from "../auth/caller";
import { isOrgInScope, notFound } from "../auth/org-scope";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { loadSurveyForCaller } from "../surveys/survey-access";
import { loadTextScope } from "./load-text-scope";
import { loadThemes } from "./theme-taxonomy";

export const correctThemesBody = z.object({ themes: z.array(z.string().min(1).max(64)).max(20) }).strict();

/**
 * An analyst's correction of one answer's themes. The answer must be one the caller may read (its
 * school in scope and its group shown); afterwards re-theming leaves it alone.
 */
export async function correctTextThemes(db: Db, caller: Caller, textId: number, codes: string[]) {
  const text = await db.textAnswer.findUnique({ where: { id: textId } });
  if (!text || !(await isOrgInScope(caller, text.schoolId))) throw notFound("该答案");
  await loadSurveyForCaller(caller, text.surveyId, "view");
  const ts = await loadTextScope(db, { surveyId: text.surveyId, scopeOrgId: text.schoolId, audience: text.audience, question: text.question });
  if (!ts.shown.some((u) => u.schoolId === text.schoolId)) throw notFound("该答案");
  const themes = (await loadThemes(db)).filter((t) => codes.includes(t.code));
  if (themes.length !== new Set(codes).size) throw new AppError("VALIDATION", "未知的主题 (unknown theme)", [{ field: "themes", message: "unknown theme code" }]);
  await db.$transaction([
    db.textTheme.deleteMany({ where: { textAnswerId: textId } }),
    db.textTheme.createMany({ data: themes.map((t) => ({ textAnswerId: textId, themeId: t.id, surveyId: text.surveyId, schoolId: text.schoolId, audience: text.audience, question: text.question })) }),
    db.textAnswer.update({ where: { id: textId }, data: { themesCorrected: true } }),
  ]);
  return { id: textId, themes: themes.map((t) => ({ code: t.code, name: t.name })), themesCorrected: true };
}
