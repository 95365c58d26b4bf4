import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { surveyAudiencesSchema, surveyTitleSchema } from "./create-survey";
import { forgetResolvedLinks } from "./resolve-link-cached";
import { loadSurveyForCaller } from "./survey-access";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)" });

export const surveySettingsSchema = z
  .object({
    title: surveyTitleSchema.optional(),
    audiences: surveyAudiencesSchema.optional(),
    minGroupSize: z.number().int().min(3).max(100).optional(),
    minTextGroupSize: z.number().int().min(3).max(100).optional(),
    onePerDevice: z.boolean().optional(),
    opensOn: day.nullable().optional(),
    closesOn: day.nullable().optional(),
    closed: z.boolean().optional(),
  })
  .strict();

/**
 * Title, audiences, dates, device limit and group-size thresholds; `closed` opens or closes it by
 * hand. The thresholds lock once the survey is published: changing them later could reveal a
 * group that was hidden.
 */
export async function updateSurveySettings(caller: Caller, surveyId: string, input: z.infer<typeof surveySettingsSchema>) {
  const survey = await loadSurveyForCaller(caller, surveyId, "edit");
  const published = survey.publishedVersionId !== null;
  for (const field of ["minGroupSize", "minTextGroupSize"] as const) {
    if (published && input[field] !== undefined && input[field] !== survey[field]) {
      throw new AppError("CONFLICT", "问卷发布后不能修改最小分组人数 (group-size thresholds are locked once published)", [{ field, message: "locked after publication" }]);
    }
  }
  const opensOn = input.opensOn === undefined ? survey.opensOn : input.opensOn;
  const closesOn = input.closesOn === undefined ? survey.closesOn : input.closesOn;
  if (opensOn && closesOn && opensOn > closesOn) {
    throw new AppError("VALIDATION", "结束日期不能早于开始日期 (closesOn is before opensOn)", [{ field: "closesOn", message: "before opensOn" }]);
  }
  const { closed, ...rest } = input;
  const db = await getDb();
  await db.survey.update({
    where: { id: survey.id },
    data: { ...rest, ...(closed === undefined ? {} : { closedAt: closed ? (survey.closedAt ?? new Date()) : null }) },
  });
  forgetResolvedLinks();
  await recordAuditEvent(caller, { action: "survey.settings", resourceType: "survey", resourceId: survey.id, detail: { ...input } });
  return { ok: true };
}
