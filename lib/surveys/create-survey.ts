import { z } from "zod";
import { getDb } from "../db/client";
import { UNSTORABLE } from "../responses/validation/answer-values";
import { audiences as AUDIENCES, type Audience } from "./audiences";
import { checkSurveyDefinition } from "./check-survey-definition";

export const surveyAudiencesSchema = z
  .array(z.enum(AUDIENCES, { error: "调查对象只能是 staff、student 或 parent (audience must be staff, student or parent)" }))
  .min(1, { error: "至少选择一类调查对象 (at least one audience)" })
  .transform((list) => [...new Set(list)]);

// PostgreSQL stores neither in text columns: found by fuzzing, a title or campaign id holding one was a 500 there.
const storable = { error: "不能含有 NUL 或不成对的代理字符 (NUL or an unpaired surrogate cannot be stored)" };

export const surveyTitleSchema = z
  .string({ error: "请填写标题 (title is required)" })
  .trim()
  .min(1, { error: "请填写标题 (title is required)" })
  .max(200)
  .refine((s) => !UNSTORABLE.test(s), storable);

export const createSurveySchema = z.object({
  title: surveyTitleSchema,
  /** Optional in a campaign: the campaign's audiences then. */
  audiences: surveyAudiencesSchema.optional(),
  json: z.record(z.string(), z.unknown(), { error: "json 必须是 SurveyJS 问卷定义对象 (json must be an object)" }),
  campaignId: z.string().min(1).refine((s) => !UNSTORABLE.test(s), storable).optional(),
});

export interface CreateSurveyInput {
  title: string;
  audiences: Audience[];
  json: Record<string, unknown>;
  campaignId?: string | undefined;
  /** The designing unit (null: the city). */
  ownerId?: string | null | undefined;
}

/** A new survey with its first draft version; the definition is checked and sanitised first. */
export async function createSurvey(input: CreateSurveyInput): Promise<{ id: string; versionId: string }> {
  const json = checkSurveyDefinition(input.json);
  const db = await getDb();
  const survey = await db.survey.create({
    data: {
      title: input.title,
      audiences: input.audiences,
      campaignId: input.campaignId ?? null,
      ownerId: input.ownerId ?? null,
      versions: { create: { number: 1, json: json as object } },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  return { id: survey.id, versionId: survey.versions[0]!.id };
}
