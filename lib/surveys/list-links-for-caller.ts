import type { Caller } from "../auth/caller";
import { schoolIdsInScope } from "../auth/org-scope";
import { isAudience, type Audience } from "./audiences";
import { listLinks, type LinkOut } from "./generate-links-for-caller";
import { loadSurveyForCaller } from "./survey-access";
import { csvLine, neutralizeCell } from "../analytics/neutralize-cell";

/** The survey's existing links for the schools in the caller's unit. */
export async function listLinksForCaller(caller: Caller, surveyId: string, origin: string): Promise<LinkOut[]> {
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const audiences = (survey.audiences as unknown[]).filter((a): a is Audience => typeof a === "string" && isAudience(a));
  return listLinks(survey.id, await schoolIdsInScope(caller), audiences, origin);
}

const AUDIENCE_NAMES: Record<Audience, string> = { staff: "教职工", student: "学生", parent: "家长" };

/** CSV for district administrators, with a BOM so Excel opens the Chinese correctly. */
export function linksAsCsv(links: LinkOut[]): string {
  const rows = [["学校代码", "学校", "调查对象", "链接"], ...links.map((l) => [l.school, l.schoolName, AUDIENCE_NAMES[l.audience], l.url])];
  return "\uFEFF" + rows.map((r) => csvLine(r.map(neutralizeCell))).join("");
}
