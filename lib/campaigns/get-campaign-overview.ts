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

/** The newest campaign with its phases, surveys and participation, read from tallies. */
export async function getCampaignOverview(now = new Date()): Promise<CampaignOverview | null> {
  const db = await getDb();
  const campaign = await db.campaign.findFirst({
    orderBy: { createdAt: "desc" },
    include: {
      phases: true,
      surveys: { orderBy: { createdAt: "asc" }, include: { versions: { select: { id: true } } } },
    },
  });
  if (!campaign) return null;
  const [districts, schools, counts, links] = await Promise.all([
    db.orgUnit.count({ where: { kind: "district" } }),
    db.orgUnit.count({ where: { kind: "school" } }),
    db.tally.groupBy({
      by: ["versionId"],
      where: { question: RESPONSE_QUESTION, version: { survey: { campaignId: campaign.id } } },
      _sum: { count: true },
    }),
    db.distributionLink.findMany({
      where: { survey: { campaignId: campaign.id } },
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
    schools,
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
