import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { getDb } from "../db/client";
import { loadCampaignForCaller } from "./campaign-access";
import { campaignAudiencesSchema, campaignPhasesSchema, campaignTitleSchema } from "./create-campaign";

export const updateCampaignSchema = z
  .object({
    title: campaignTitleSchema.optional(),
    description: z.string().max(5000).optional(),
    audiences: campaignAudiencesSchema.optional(),
    phases: campaignPhasesSchema.optional(),
  })
  .strict();

/**
 * New title, description, audiences or phase dates; surveys that follow the 学习调研 phase move
 * with it. Existing surveys keep their own audiences (only new ones start from the campaign's).
 */
export async function updateCampaign(caller: Caller, campaignId: string, input: z.infer<typeof updateCampaignSchema>): Promise<{ ok: true }> {
  const campaign = await loadCampaignForCaller(caller, campaignId, "edit");
  const db = await getDb();
  const { phases, ...fields } = input;
  await db.$transaction(async (tx) => {
    if (Object.keys(fields).length > 0) await tx.campaign.update({ where: { id: campaign.id }, data: fields });
    for (const p of phases ?? []) {
      await tx.campaignPhase.upsert({
        where: { campaignId_phase: { campaignId: campaign.id, phase: p.phase } },
        create: { campaignId: campaign.id, ...p },
        update: { startsOn: p.startsOn, endsOn: p.endsOn },
      });
    }
  });
  await recordAuditEvent(caller, { action: "campaign.update", resourceType: "campaign", resourceId: campaign.id, detail: { ...input } });
  return { ok: true };
}
