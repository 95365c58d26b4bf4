import { z } from "zod";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { audiences as AUDIENCES } from "../surveys/audiences";
import { surveyAudiencesSchema } from "../surveys/create-survey";
import { isCalendarDay } from "../time/china-time";
import { campaignPhases } from "./phases";

const day = z.string().refine(isCalendarDay, { message: "日期格式应为 YYYY-MM-DD (date must be YYYY-MM-DD)" });

/** The four phases in order, each ending on or after its start, none overlapping the next. */
export const campaignPhasesSchema = z
  .array(z.object({ phase: z.enum(campaignPhases), startsOn: day, endsOn: day }))
  .length(4, { message: "需要四个阶段 (all four phases are required)" })
  .superRefine((phases, ctx) => {
    campaignPhases.forEach((key, i) => {
      const p = phases[i];
      if (p?.phase !== key) {
        ctx.addIssue({ code: "custom", path: [i, "phase"], message: `第 ${i + 1} 个阶段应为 ${key} (phases must be in order)` });
      } else if (p.startsOn > p.endsOn) {
        ctx.addIssue({ code: "custom", path: [i, "endsOn"], message: "结束日期早于开始日期 (ends before it starts)" });
      }
      const next = phases[i + 1];
      if (p && next && next.startsOn <= p.endsOn) {
        ctx.addIssue({ code: "custom", path: [i + 1, "startsOn"], message: "阶段日期不能重叠 (phases must not overlap)" });
      }
    });
  });

export const campaignTitleSchema = z.string().trim().min(1, { message: "标题不能为空 (title is required)" }).max(200);

/** Whom the campaign asks (教职工, 学生, 家长); all three when not given. */
export const campaignAudiencesSchema = surveyAudiencesSchema;
export const DEFAULT_CAMPAIGN_AUDIENCES = [...AUDIENCES];

export const createCampaignInput = z.object({
  ownerId: z.string().min(1),
  title: campaignTitleSchema,
  description: z.string().max(5000).default(""),
  audiences: campaignAudiencesSchema.default(DEFAULT_CAMPAIGN_AUDIENCES),
  phases: campaignPhasesSchema,
});

export type CreateCampaignInput = z.input<typeof createCampaignInput>;

/** zod issues as field-named errors ("phases.1.startsOn"). */
export function campaignValidationError(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
  return new AppError("VALIDATION", issues[0]?.message ?? "invalid campaign", issues);
}

export async function createCampaign(input: CreateCampaignInput): Promise<{ id: string }> {
  const parsed = createCampaignInput.safeParse(input);
  if (!parsed.success) throw campaignValidationError(parsed.error);
  const { phases, ...campaign } = parsed.data;
  const db = await getDb();
  return db.campaign.create({ data: { ...campaign, phases: { create: phases } }, select: { id: true } });
}
