import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { campaignAudiencesSchema, campaignPhasesSchema, campaignTitleSchema, createCampaign, DEFAULT_CAMPAIGN_AUDIENCES } from "./create-campaign";

export const campaignBodySchema = z.object({
  title: campaignTitleSchema,
  description: z.string().max(5000).default(""),
  audiences: campaignAudiencesSchema.default(DEFAULT_CAMPAIGN_AUDIENCES),
  phases: campaignPhasesSchema,
});

/** A campaign owned by the caller's unit (the city or a district). */
export async function createCampaignForCaller(caller: Caller, input: z.infer<typeof campaignBodySchema>): Promise<{ id: string }> {
  const created = await createCampaign({ ...input, ownerId: caller.orgId });
  await recordAuditEvent(caller, { action: "campaign.create", resourceType: "campaign", resourceId: created.id, detail: { title: input.title } });
  return created;
}
