import type { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { notFound } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { createSurvey, type createSurveySchema } from "./create-survey";

/** An administrator's new survey, owned by their unit; a campaign must be visible to them. */
export async function createSurveyForCaller(caller: Caller, input: z.infer<typeof createSurveySchema>) {
  if (!isAdminRole(caller.role)) {
    throw new AppError("FORBIDDEN", "分析员不能创建问卷 (analysts cannot create surveys)", [{ field: "role", message: "administrator required" }]);
  }
  if (input.campaignId) {
    const db = await getDb();
    if (!(await db.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } }))) throw notFound("该活动", "campaignId");
  }
  const created = await createSurvey({ ...input, ownerId: caller.orgKind === "city" ? null : caller.orgId });
  await recordAuditEvent(caller, { action: "survey.create", resourceType: "survey", resourceId: created.id, detail: { title: input.title } });
  return created;
}
