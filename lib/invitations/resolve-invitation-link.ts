import type { Caller } from "../auth/caller";
import { findOrgInScope, orgAncestry } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import { AppError } from "../errors/app-error";
import type { Audience } from "../surveys/audiences";
import { generateLinks } from "../surveys/generate-links";
import { resolveLink } from "../surveys/resolve-link";
import { loadSurveyForCaller } from "../surveys/survey-access";

export interface InvitationLink {
  linkId: string;
  code: string;
  surveyId: string;
  surveyTitle: string;
  schoolId: string;
  schoolName: string;
  closesOn: string | null;
}

export function requireAdministrator(caller: Caller): void {
  if (!isAdminRole(caller.role)) {
    throw new AppError("FORBIDDEN", "只有管理员可以发送邀请 (administrators only)", [{ field: "role", message: "administrator required" }]);
  }
}


/**
 * The survey's link for a school in the caller's unit and an audience, made if missing: where
 * invited people answer. The school must be one the survey covers, and the survey must be open
 * or about to open.
 */
export async function resolveInvitationLink(caller: Caller, surveyId: string, schoolCode: string, audience: Audience): Promise<InvitationLink> {
  requireAdministrator(caller);
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const school = await findOrgInScope(caller, schoolCode, "school");
  if (school.kind !== "school") {
    throw new AppError("VALIDATION", "请填写学校代码 (school must be a school code)", [{ field: "school", message: "not a school" }]);
  }
  if (survey.ownerId && !(await orgAncestry(school.id)).includes(survey.ownerId)) {
    throw new AppError("VALIDATION", "该问卷不面向这所学校 (the survey does not cover this school)", [{ field: "school", message: "outside the survey's unit" }]);
  }
  if (!(survey.audiences as string[]).includes(audience)) {
    throw new AppError("VALIDATION", "该问卷不面向这一调查对象 (the survey is not for this audience)", [{ field: "audience", message: "not an audience of the survey" }]);
  }
  const [link] = await generateLinks(survey.id, [school.id], [audience]);
  const resolved = await resolveLink(link!.code);
  if (resolved.state === "closed") {
    throw new AppError("CONFLICT", "问卷未发布或已关闭，不能发送邀请 (the survey is not published or is closed)", [{ field: "id", message: "not open" }]);
  }
  return {
    linkId: resolved.link.id,
    code: link!.code,
    surveyId: survey.id,
    surveyTitle: survey.title,
    schoolId: school.id,
    schoolName: resolved.schoolName,
    closesOn: resolved.window.closesOn,
  };
}
