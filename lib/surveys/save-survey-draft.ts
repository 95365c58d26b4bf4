import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { AppError } from "../errors/app-error";
import { checkSurveyDefinition } from "./check-survey-definition";
import { loadSurveyForCaller } from "./survey-access";

/**
 * Saves a definition as the survey's draft: a published version is frozen, so editing after
 * publication starts a new version; an unpublished newest version is overwritten. A definition
 * that fails the checks changes nothing.
 */
export async function saveSurveyDraft(caller: Caller, surveyId: string, json: unknown): Promise<{ version: number }> {
  const survey = await loadSurveyForCaller(caller, surveyId, "edit");
  const clean = checkSurveyDefinition(json);
  const db = await getDb();
  const save = () => db.$transaction(async (tx) => {
    const latest = await tx.surveyVersion.findFirst({ where: { surveyId: survey.id }, orderBy: { number: "desc" } });
    if (latest && !latest.publishedAt) {
      await tx.surveyVersion.update({ where: { id: latest.id }, data: { json: clean as object } });
      return latest.number;
    }
    const number = (latest?.number ?? 0) + 1;
    await tx.surveyVersion.create({ data: { surveyId: survey.id, number, json: clean as object } });
    return number;
  });
  let version: number;
  try {
    version = await save();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw new AppError("CONFLICT", "问卷正被他人同时修改，请刷新后重试 (the survey was saved concurrently; reload and retry)", [{ field: "json", message: "concurrent save" }]);
  }
  await recordAuditEvent(caller, { action: "survey.save_draft", resourceType: "survey", resourceId: survey.id, detail: { version } });
  return { version };
}
