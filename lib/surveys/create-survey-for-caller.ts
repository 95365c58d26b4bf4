import type { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { notFound } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import { loadCampaignForCaller } from "../campaigns/campaign-access";
import { AppError, isAppError } from "../errors/app-error";
import { audiencesIn } from "./audiences";
import { createSurvey, type createSurveySchema } from "./create-survey";

/**
 * An administrator's new survey, owned by their unit; a campaign must be visible to them. Without
 * audiences it asks the campaign's.
 */
export async function createSurveyForCaller(caller: Caller, input: z.infer<typeof createSurveySchema>) {
  if (!isAdminRole(caller.role)) {
    throw new AppError("FORBIDDEN", "分析员不能创建问卷 (analysts cannot create surveys)", [{ field: "role", message: "administrator required" }]);
  }
  let audiences = input.audiences;
  if (input.campaignId) {
    // Another district's campaign is "not found", as everywhere else (decision 009).
    const campaign = await loadCampaignForCaller(caller, input.campaignId, "view").catch((e: unknown) => {
      throw isAppError(e) && e.code === "NOT_FOUND" ? notFound("该活动", "campaignId") : e;
    });
    audiences ??= audiencesIn(campaign.audiences);
  }
  if (!audiences || audiences.length === 0) {
    throw new AppError("VALIDATION", "至少选择一类调查对象 (at least one audience)", [{ field: "audiences", message: "required outside a campaign" }]);
  }
  const created = await createSurvey({ ...input, audiences, ownerId: caller.orgKind === "city" ? null : caller.orgId });
  await recordAuditEvent(caller, { action: "survey.create", resourceType: "survey", resourceId: created.id, detail: { title: input.title } });
  return created;
}
