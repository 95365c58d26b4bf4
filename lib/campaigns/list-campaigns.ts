import type { Caller } from "../auth/caller";
import { isOrgInScope, orgAncestry } from "../auth/org-scope";
import { getDb } from "../db/client";
import { audiencesIn, type Audience } from "../surveys/audiences";
import { CAMPAIGN_ROLES } from "./campaign-access";
import { campaignPhases, type CampaignPhaseKey, type PhaseDates } from "./phases";

export interface CampaignSummary {
  id: string;
  title: string;
  description: string;
  audiences: Audience[];
  owner: string;
  phases: PhaseDates[];
  surveys: number;
  editable: boolean;
}

export function orderedPhases(phases: { phase: string; startsOn: string; endsOn: string }[]): PhaseDates[] {
  return campaignPhases.flatMap((key) => {
    const p = phases.find((x) => x.phase === key);
    return p ? [{ phase: key as CampaignPhaseKey, startsOn: p.startsOn, endsOn: p.endsOn }] : [];
  });
}

/** Campaigns of the caller's unit, the units above it and below it, newest first. */
export async function listCampaigns(caller: Caller): Promise<CampaignSummary[]> {
  const db = await getDb();
  const campaigns = await db.campaign.findMany({
    orderBy: { createdAt: "desc" },
    include: { phases: true, owner: { select: { name: true } }, _count: { select: { surveys: true } } },
  });
  const above = new Set(await orgAncestry(caller.orgId));
  const canRun = (CAMPAIGN_ROLES as readonly string[]).includes(caller.role);
  const out: CampaignSummary[] = [];
  // Campaigns are few (a handful a year): checking each owner's ancestry is cheap.
  for (const c of campaigns) {
    const below = await isOrgInScope(caller, c.ownerId);
    if (!below && !above.has(c.ownerId)) continue;
    out.push({
      id: c.id,
      title: c.title,
      description: c.description,
      audiences: audiencesIn(c.audiences),
      owner: c.owner.name,
      phases: orderedPhases(c.phases),
      surveys: c._count.surveys,
      editable: below && canRun,
    });
  }
  return out;
}
