import type { Caller } from "../auth/caller";
import type { Db } from "../db/client";
import { loadSurveyForCaller } from "../surveys/survey-access";

/**
 * Contact details respondents gave on purpose for follow-up (decision 014), for the
 * administrators of their own school only: nothing links them to any answer.
 */
export async function listFollowUpContacts(db: Db, caller: Caller, surveyId: string) {
  await loadSurveyForCaller(caller, surveyId, "view");
  const rows = await db.followUpContact.findMany({ where: { surveyId, schoolId: caller.orgId }, orderBy: [{ question: "asc" }, { value: "asc" }] });
  return { surveyId, contacts: rows.map((r) => ({ question: r.question, value: r.value })) };
}
