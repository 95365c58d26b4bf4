import { getDb } from "../db/client";
import type { Audience } from "./audiences";

export interface CreateSurveyInput {
  title: string;
  audiences: Audience[];
  json: Record<string, unknown>;
  campaignId?: string;
}

/** A new survey with its first draft version. */
export async function createSurvey(input: CreateSurveyInput): Promise<{ id: string; versionId: string }> {
  const db = await getDb();
  const survey = await db.survey.create({
    data: {
      title: input.title,
      audiences: input.audiences,
      campaignId: input.campaignId ?? null,
      versions: { create: { number: 1, json: input.json as object } },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  return { id: survey.id, versionId: survey.versions[0]!.id };
}
