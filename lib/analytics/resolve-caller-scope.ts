import type { Caller } from "../auth/caller";
import { notFound } from "../auth/org-scope";
import { getDb } from "../db/client";
import { readSurveyOwner } from "../db/read-survey-versions";
import { requireSurveyAccess } from "../surveys/survey-access";

/**
 * The org scope of an analytics request: the caller's own unit, once the survey is known to be
 * visible to them (else 404). Results never reach beyond that unit, whatever filter is asked.
 * Reads only the survey's owner (decision 016: every analytics request pays for this).
 */
export async function resolveCallerScope(caller: Caller, surveyId: string): Promise<string> {
  const survey = await readSurveyOwner(await getDb(), surveyId);
  if (!survey) throw notFound("该问卷");
  await requireSurveyAccess(caller, survey.ownerId, "view");
  return caller.orgId;
}
