import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { publishSurvey } from "./publish-survey";
import { forgetResolvedLinks } from "./resolve-link-cached";
import { loadSurveyForCaller } from "./survey-access";

/** Publishes the newest version: every link of the survey serves it from now on. */
export async function publishSurveyForCaller(caller: Caller, surveyId: string): Promise<{ version: number }> {
  const survey = await loadSurveyForCaller(caller, surveyId, "edit");
  const { version } = await publishSurvey(survey.id);
  forgetResolvedLinks();
  await recordAuditEvent(caller, { action: "survey.publish", resourceType: "survey", resourceId: survey.id, detail: { version } });
  return { version };
}
