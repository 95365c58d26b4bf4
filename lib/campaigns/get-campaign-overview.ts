import type { Caller } from "../auth/caller";
import { schoolIdsInScope } from "../auth/org-scope";
import { getDb } from "../db/client";
import { RESPONSE_QUESTION } from "../responses/derive-tallies";
import { audiencesIn, type Audience } from "../surveys/audiences";
import { FINDING_STATUSES, type FindingStatus } from "../findings/finding-status";
import { chinaDay } from "../time/china-time";
import { loadCampaignForCaller } from "./campaign-access";
import { listCampaigns } from "./list-campaigns";
import { campaignPhases, currentPhase, type CampaignPhaseKey, type PhaseDates } from "./phases";

export interface CampaignOverview {
  id: string;
  title: string;
  description: string;
  /** Whom the campaign asks. */
  audiences: Audience[];
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
  /** Findings of the campaign about units in the caller's scope, per status (only statuses that occur). */
  findings: { status: FindingStatus; count: number }[];
}

/**
 * A campaign the caller may see (by default the newest one) with its phases, surveys,
 * participation within the caller's unit (read from tallies) and findings by status. An unknown
 * or invisible campaign id is "not found".
 */
export async function getCampaignOverview(scope: Caller, campaignId?: string, now = new Date()): Promise<CampaignOverview | null> {
  const db = await getDb();
  const id = campaignId ? (await loadCampaignForCaller(scope, campaignId, "view")).id : (await listCampaigns(scope))[0]?.id;
  if (!id) return null;
  const campaign = await db.campaign.findUniqueOrThrow({
    where: { id },
    include: {
      phases: true,
      surveys: { orderBy: { createdAt: "asc" }, include: { versions: { select: { id: true } } } },
    },
  });
  // The city sees everything: no school filter, which keeps its query a plain index scan.
  const schoolIds = scope.orgKind === "city" ? undefined : await schoolIdsInScope(scope);
  const inScope = schoolIds ? { schoolId: { in: schoolIds } } : {};
  const [districts, counts, links, findings] = await Promise.all([
    scope.orgKind === "city" ? db.orgUnit.count({ where: { kind: "district" } }) : Promise.resolve(scope.orgKind === "district" ? 1 : 0),
    db.tally.groupBy({
      by: ["versionId"],
      where: { versionId: { in: campaign.surveys.flatMap((s) => s.versions.map((v) => v.id)) }, question: RESPONSE_QUESTION, ...inScope },
      _sum: { count: true },
    }),
    db.distributionLink.findMany({
      where: { survey: { campaignId: campaign.id }, ...inScope },
      select: { surveyId: true, audience: true, school: { select: { staffCount: true, studentCount: true, parentCount: true } } },
    }),
    db.finding.groupBy({
      by: ["status"],
      where: { campaignId: campaign.id, ...(schoolIds ? { orgId: { in: [scope.orgId, ...schoolIds] } } : {}) },
      _count: { _all: true },
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
    audiences: audiencesIn(campaign.audiences),
    today,
    phases,
    currentPhase: currentPhase(phases, today),
    districts,
    schools: schoolIds ? schoolIds.length : await db.orgUnit.count({ where: { kind: "school" } }),
    surveys: campaign.surveys.map((s) => ({
      id: s.id,
      title: s.title,
      audiences: audiencesIn(s.audiences),
      published: s.publishedVersionId !== null,
      responses: s.versions.reduce((sum, v) => sum + (responsesByVersion.get(v.id) ?? 0), 0),
      headcount: headcountBySurvey.get(s.id) ?? 0,
    })),
    findings: FINDING_STATUSES.flatMap((status) => {
      const count = findings.find((f) => f.status === status)?._count._all ?? 0;
      return count > 0 ? [{ status, count }] : [];
    }),
  };
}
