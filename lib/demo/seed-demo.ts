import { readFileSync } from "node:fs";
import path from "node:path";
import { createCampaign } from "../campaigns/create-campaign";
import { getDb } from "../db/client";
import { projectRoot } from "../db/schema-files";
import { importOrgs } from "../orgs/import-orgs";
import type { Audience } from "../surveys/audiences";
import { createSurvey } from "../surveys/create-survey";
import { generateLinks } from "../surveys/generate-links";
import { publishSurvey } from "../surveys/publish-survey";
import { surveyTemplates } from "../surveys/templates";
import { addDays, chinaDay } from "../time/china-time";
import { demoCityName } from "../orgs/demo-schools";
import { seedResponses } from "./seed-responses";

export const DEMO_CAMPAIGN_TITLE = "扬州市教育系统“解放思想大讨论”活动";

/** Phases placed around `today`, so the demo campaign is always in its survey phase. */
export function demoPhases(today: string) {
  return [
    { phase: "launch" as const, startsOn: addDays(today, -30), endsOn: addDays(today, -16) },
    { phase: "study" as const, startsOn: addDays(today, -15), endsOn: addDays(today, 30) },
    { phase: "transform" as const, startsOn: addDays(today, 31), endsOn: addDays(today, 90) },
    { phase: "review" as const, startsOn: addDays(today, 91), endsOn: addDays(today, 150) },
  ];
}

/** Which audiences a school can ask: kindergarten children do not fill questionnaires. */
function audiencesFor(stage: string | null, wanted: Audience[]): Audience[] {
  return wanted.filter((a) => !(a === "student" && stage === "幼儿园"));
}

export interface SeedDemoResult {
  seeded: boolean;
  schools: number;
  responses: number;
}

/**
 * Seeds the demo city (扬州市, its districts and ~60 schools), the current campaign, the template
 * questionnaires with links for every school, and synthetic responses. Does nothing when the
 * database already holds organisations.
 */
export async function seedDemo(options: { responses: number; now?: Date }): Promise<SeedDemoResult> {
  const db = await getDb();
  if ((await db.orgUnit.count()) > 0) return { seeded: false, schools: 0, responses: 0 };
  const now = options.now ?? new Date();
  await importOrgs(readFileSync(path.join(projectRoot, "prisma/demo/schools.csv")), { cityName: demoCityName });
  const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
  const campaign = await createCampaign({
    ownerId: city.id,
    title: DEMO_CAMPAIGN_TITLE,
    description:
      "围绕办学思想、教育理念、体制机制、人才培养、依法治校等方面，广泛听取教职工、学生和家长的意见建议，查找痛点难点堵点，推动教育高质量发展。",
    phases: demoPhases(chinaDay(now)),
  });
  const schools = await db.orgUnit.findMany({ where: { kind: "school" }, select: { id: true, stage: true } });
  for (const template of surveyTemplates) {
    const survey = await createSurvey({ title: template.title, audiences: template.audiences, json: template.json, campaignId: campaign.id });
    await publishSurvey(survey.id, now);
    for (const school of schools) await generateLinks(survey.id, [school.id], audiencesFor(school.stage, template.audiences));
  }
  const responses = await seedResponses({ count: options.responses, now, seed: 20261128 });
  return { seeded: true, schools: schools.length, responses };
}
