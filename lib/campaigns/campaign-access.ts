import type { Caller } from "../auth/caller";
import { isOrgInScope, notFound, orgAncestry } from "../auth/org-scope";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";

/** Roles that run campaigns: the city and the districts (schools take part in them). */
export const CAMPAIGN_ROLES = ["city_admin", "district_admin"] as const;

/**
 * A campaign as the caller may use it, by the rule surveys follow: visible to its owning unit, the
 * units above and the units below; editable by campaign administrators of the owning unit or
 * above. Anything else is "not found".
 */
export async function loadCampaignForCaller(caller: Caller, campaignId: string, mode: "view" | "edit") {
  const db = await getDb();
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, include: { phases: true } });
  if (!campaign) throw notFound("该活动");
  const below = await isOrgInScope(caller, campaign.ownerId);
  if (!below && !(await orgAncestry(caller.orgId)).includes(campaign.ownerId)) throw notFound("该活动");
  if (mode === "edit" && !(below && (CAMPAIGN_ROLES as readonly string[]).includes(caller.role))) {
    throw new AppError("FORBIDDEN", "只有活动所属单位及上级的管理员可以修改 (only administrators of the owning unit may change this campaign)", [
      { field: "id", message: "not editable by you" },
    ]);
  }
  return campaign;
}
