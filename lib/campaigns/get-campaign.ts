import type { Caller } from "../auth/caller";
import { isOrgInScope } from "../auth/org-scope";
import { getDb } from "../db/client";
import { audiencesIn } from "../surveys/audiences";
import { CAMPAIGN_ROLES, loadCampaignForCaller } from "./campaign-access";
import { orderedPhases, type CampaignSummary } from "./list-campaigns";

/** One campaign with its phases in order, as the caller may see it. */
export async function getCampaign(caller: Caller, campaignId: string): Promise<CampaignSummary> {
  const campaign = await loadCampaignForCaller(caller, campaignId, "view");
  const db = await getDb();
  const [owner, surveys] = await Promise.all([
    db.orgUnit.findUnique({ where: { id: campaign.ownerId }, select: { name: true } }),
    db.survey.count({ where: { campaignId: campaign.id } }),
  ]);
  return {
    id: campaign.id,
    title: campaign.title,
    description: campaign.description,
    audiences: audiencesIn(campaign.audiences),
    owner: owner?.name ?? "",
    phases: orderedPhases(campaign.phases),
    surveys,
    editable: (CAMPAIGN_ROLES as readonly string[]).includes(caller.role) && (await isOrgInScope(caller, campaign.ownerId)),
  };
}
