import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { findOrgInScope, schoolIdsInScope } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { audiences as AUDIENCES, isAudience, type Audience } from "./audiences";
import { generateLinks } from "./generate-links";
import { loadSurveyForCaller } from "./survey-access";

export const generateLinksSchema = z.object({
  orgs: z.array(z.string().trim().min(1)).max(5000).optional(),
  audiences: z.array(z.enum(AUDIENCES)).min(1).optional(),
});

export interface LinkOut {
  code: string;
  url: string;
  school: string;
  schoolName: string;
  audience: Audience;
}

/** Schools named by code, or every school of a named district, all within the caller's scope. */
async function resolveSchools(caller: Caller, orgs: string[] | undefined): Promise<string[]> {
  if (!orgs) return schoolIdsInScope(caller);
  const ids = new Set<string>();
  for (const code of orgs) {
    const org = await findOrgInScope(caller, code, "orgs");
    if (org.kind === "school") ids.add(org.id);
    else (await schoolIdsInScope({ orgId: org.id, orgKind: org.kind as "district" | "city" })).forEach((id) => ids.add(id));
  }
  return [...ids];
}

/**
 * One link per school × audience in the caller's scope (idempotent: generating again returns the
 * same links). Audiences default to the survey's own.
 */
export async function generateLinksForCaller(caller: Caller, surveyId: string, input: z.infer<typeof generateLinksSchema>, origin: string): Promise<LinkOut[]> {
  if (!isAdminRole(caller.role)) throw new AppError("FORBIDDEN", "分析员不能生成链接 (analysts cannot generate links)", [{ field: "role", message: "administrator required" }]);
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const surveyAudiences = (Array.isArray(survey.audiences) ? survey.audiences : []).filter((a): a is Audience => typeof a === "string" && isAudience(a));
  const wanted = input.audiences ?? surveyAudiences;
  const foreign = wanted.filter((a) => !surveyAudiences.includes(a));
  if (foreign.length > 0) {
    throw new AppError("VALIDATION", `问卷不面向：${foreign.join("、")} (audience not targeted by this survey)`, [{ field: "audiences", message: `not in ${surveyAudiences.join(", ")}` }]);
  }
  const schoolIds = await resolveSchools(caller, input.orgs);
  await generateLinks(survey.id, schoolIds, wanted);
  await recordAuditEvent(caller, { action: "survey.links", resourceType: "survey", resourceId: survey.id, detail: { schools: schoolIds.length, audiences: wanted } });
  return listLinks(survey.id, schoolIds, wanted, origin);
}

export async function listLinks(surveyId: string, schoolIds: string[], audiences: readonly Audience[], origin: string): Promise<LinkOut[]> {
  const db = await getDb();
  const links = await db.distributionLink.findMany({
    where: { surveyId, schoolId: { in: schoolIds }, audience: { in: [...audiences] } },
    include: { school: { select: { code: true, name: true } } },
    orderBy: [{ school: { code: "asc" } }, { audience: "asc" }],
  });
  return links.map((l) => ({ code: l.code, url: `${origin}/s/${l.code}`, school: l.school.code, schoolName: l.school.name, audience: l.audience as Audience }));
}
