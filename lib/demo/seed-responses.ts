import { randomUUID } from "node:crypto";
import { getDb } from "../db/client";
import { getVersionRules } from "../responses/get-validator";
import { insertResponsesBulk, type BulkResponse } from "../responses/insert-responses-bulk";
import type { QuestionInfo } from "../surveys/list-questions";
import { createRandom, type Random } from "./random";
import { synthesizeAnswers } from "./synthesize-answers";

// Large batches let many responses share tally rows (one upsert per key per batch).
const BATCH = 50_000;
const DAY_MS = 86_400_000;

/**
 * Synthetic answers that pass the same validation as a respondent's, with answers hidden by logic
 * dropped: demo data must look exactly like real data.
 */
function validAnswers(versionId: string, json: unknown, random: Random, mood: number): Record<string, unknown> {
  const { validator } = getVersionRules(versionId, json);
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = validator.validate(synthesizeAnswers(json, random, mood));
    if (result.ok) return result.data;
  }
  throw new Error(`Synthetic answers for survey version ${versionId} never pass validation`);
}

/**
 * Adds `count` synthetic responses spread over the published surveys' links and the last two
 * weeks, weighted by each school's headcount and a per-school participation rate, so that
 * dashboards show realistic differences between schools. Works in batches: memory stays flat
 * whatever the count.
 */
export async function seedResponses(options: { count: number; now?: Date; seed?: number }): Promise<number> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const random = createRandom(options.seed ?? Date.now());
  const links = await db.distributionLink.findMany({
    where: { survey: { publishedVersionId: { not: null } } },
    select: {
      id: true,
      surveyId: true,
      schoolId: true,
      audience: true,
      survey: { select: { publishedVersion: { select: { id: true, json: true } } } },
      school: { select: { staffCount: true, studentCount: true, parentCount: true } },
    },
  });
  if (links.length === 0 || options.count <= 0) return 0;

  const questionsByVersion = new Map<string, QuestionInfo[]>();
  const jsonByVersion = new Map<string, unknown>();
  const schoolMood = new Map<string, number>();
  const weights: number[] = [];
  for (const l of links) {
    const v = l.survey.publishedVersion!;
    if (!questionsByVersion.has(v.id)) {
      questionsByVersion.set(v.id, getVersionRules(v.id, v.json).questions);
      jsonByVersion.set(v.id, v.json);
    }
    if (!schoolMood.has(l.schoolId)) schoolMood.set(l.schoolId, 0.3 + random.next() * 0.6);
    const headcount = l.audience === "staff" ? l.school.staffCount : l.audience === "student" ? l.school.studentCount : l.school.parentCount;
    weights.push(Math.max(1, headcount) * schoolMood.get(l.schoolId)!);
  }
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative.at(-1)!;
  const pickLink = () => {
    const x = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return links[lo]!;
  };

  for (let done = 0; done < options.count; done += BATCH) {
    const batch: BulkResponse[] = [];
    for (let i = 0; i < Math.min(BATCH, options.count - done); i++) {
      const link = pickLink();
      const versionId = link.survey.publishedVersion!.id;
      batch.push({
        submissionId: randomUUID(),
        surveyId: link.surveyId,
        versionId,
        linkId: link.id,
        schoolId: link.schoolId,
        audience: link.audience,
        receivedAt: new Date(now.getTime() - random.next() * 14 * DAY_MS),
        data: validAnswers(versionId, jsonByVersion.get(versionId), random, schoolMood.get(link.schoolId)!),
      });
    }
    await insertResponsesBulk(batch, questionsByVersion);
  }
  return options.count;
}
