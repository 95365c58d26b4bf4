import type { Caller } from "../auth/caller";
import { schoolIdsInScope } from "../auth/org-scope";
import { getDb } from "../db/client";
import { RESPONSE_QUESTION } from "../responses/derive-tallies";
import { isAudience, type Audience } from "../surveys/audiences";
import { chinaDay } from "../time/china-time";
import { campaignPhases, currentPhase, type CampaignPhaseKey, type PhaseDates } from "./phases";

export interface CampaignOverview {
  id: string;
  title: string;
  description: string;
  today: string;
  phases: PhaseDates[];
  currentPhase: CampaignPhaseKey | undefined;
  districts: number;
  schools: number;
  surveys: {
    id: string;
    title: string;
    audiences: Audience[];
    published: boolean;
    responses: number;
    /** Sum over the schools the survey has links for, per targeted audience. */
    headcount: number;
  }[];
}

/**
 * The newest campaign with its phases, surveys and participation within the caller's unit, read
 * from tallies.
 */
export async function getCampaignOverview(scope: Pick<Caller, "orgId" | "orgKind">, now = new Date()): Promise<CampaignOverview | null> {
  const db = await getDb();
  const campaign = await db.campaign.findFirst({
    orderBy: { createdAt: "desc" },
    include: {
      phases: true,
      surveys: { orderBy: { createdAt: "asc" }, include: { versions: { select: { id: true } } } },
    },
  });
  if (!campaign) return null;
  // The city sees everything: no school filter, which keeps its query a plain index scan.
  const schoolIds = scope.orgKind === "city" ? undefined : await schoolIdsInScope(scope);
  const inScope = schoolIds ? { schoolId: { in: schoolIds } } : {};
  const [districts, counts, links] = await Promise.all([
    scope.orgKind === "city" ? db.orgUnit.count({ where: { kind: "district" } }) : Promise.resolve(scope.orgKind === "district" ? 1 : 0),
    db.tally.groupBy({
      by: ["versionId"],
      where: { question: RESPONSE_QUESTION, version: { survey: { campaignId: campaign.id } }, ...inScope },
      _sum: { count: true },
    }),
    db.distributionLink.findMany({
      where: { survey: { campaignId: campaign.id }, ...inScope },
      select: { surveyId: true, audience: true, school: { select: { staffCount: true, studentCount: true, parentCount: true } } },
    }),
  ]);
  const responsesByVersion = new Map(counts.map((c) => [c.versionId, c._sum.count ?? 0]));
  const headcountBySurvey = new Map<string, number>();
  for (const l of links) {
    const n = l.audience === "staff" ? l.school.staffCount : l.audience === "student" ? l.school.studentCount : l.school.parentCount;
    headcountBySurvey.set(l.surveyId, (headcountBySurvey.get(l.surveyId) ?? 0) + n);
  }
  const phases = campaignPhases
    .map((key) => campaign.phases.find((p) => p.phase === key))
    .filter((p) => p !== undefined)
    .map((p) => ({ phase: p.phase as CampaignPhaseKey, startsOn: p.startsOn, endsOn: p.endsOn }));
  const today = chinaDay(now);
  return {
    id: campaign.id,
    title: campaign.title,
    description: campaign.description,
    today,
    phases,
    currentPhase: currentPhase(phases, today),
    districts,
    schools: schoolIds ? schoolIds.length : await db.orgUnit.count({ where: { kind: "school" } }),
    surveys: campaign.surveys.map((s) => ({
      id: s.id,
      title: s.title,
      audiences: (Array.isArray(s.audiences) ? s.audiences : []).filter((a): a is Audience => typeof a === "string" && isAudience(a)),
      published: s.publishedVersionId !== null,
      responses: s.versions.reduce((sum, v) => sum + (responsesByVersion.get(v.id) ?? 0), 0),
      headcount: headcountBySurvey.get(s.id) ?? 0,
    })),
  };
}
