import type { Caller } from "../auth/caller";
import { isAdminRole } from "../auth/roles";
import { getDb } from "../db/client";
import { loadSurveyForCaller } from "./survey-access";
import { isOrgInScope } from "../auth/org-scope";

/** A survey with its versions and the newest definition (the draft, if there is one). */
export async function getSurvey(caller: Caller, surveyId: string) {
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const db = await getDb();
  const versions = await db.surveyVersion.findMany({ where: { surveyId: survey.id }, orderBy: { number: "desc" } });
  const latest = versions[0];
  const ownerId = survey.ownerId ?? (await db.orgUnit.findFirst({ where: { kind: "city" }, select: { id: true } }))?.id;
  return {
    id: survey.id,
    title: survey.title,
    audiences: survey.audiences as string[],
    campaignId: survey.campaignId,
    minGroupSize: survey.minGroupSize,
    minTextGroupSize: survey.minTextGroupSize,
    onePerDevice: survey.onePerDevice,
    opensOn: survey.opensOn,
    closesOn: survey.closesOn,
    closedAt: survey.closedAt?.toISOString() ?? null,
    state: survey.closedAt ? "closed" : survey.publishedVersionId ? "published" : "draft",
    editable: isAdminRole(caller.role) && ownerId !== undefined && (await isOrgInScope(caller, ownerId)),
    publishedVersion: versions.find((v) => v.id === survey.publishedVersionId)?.number ?? null,
    versions: versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt?.toISOString() ?? null, createdAt: v.createdAt.toISOString() })),
    json: latest?.json ?? {},
  };
}
