import type { Caller } from "../auth/caller";
import { loadSurveyForCaller } from "../surveys/survey-access";

/**
 * The org scope of an analytics request: the caller's own unit, once the survey is known to be
 * visible to them (else 404). Results never reach beyond that unit, whatever filter is asked.
 */
export async function resolveCallerScope(caller: Caller, surveyId: string): Promise<string> {
  await loadSurveyForCaller(caller, surveyId, "view");
  return caller.orgId;
}
