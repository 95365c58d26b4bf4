import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { insertResponsesBulk } from "@/lib/responses/insert-responses-bulk";
import { findTallyMismatches } from "@/lib/responses/recount-tallies";
import { storeResponse } from "@/lib/responses/store-response";
import { listQuestions } from "@/lib/surveys/list-questions";
import { createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const questions = listQuestions(EVERY_TYPE_SURVEY);

const answers = (i: number) => ({
  burden: i % 3 === 0 ? "heavy" : "light",
  issues: i % 2 === 0 ? ["canteen", "traffic"] : ["fees"],
  satisfaction: (i % 5) + 1,
  would_recommend: i % 4 !== 0,
  hours: i % 10,
  areas: { teaching: (i % 5) + 1, safety: 5 - (i % 5) },
  priorities: i % 2 === 0 ? ["a", "b", "c"] : ["c", "a", "b"],
  suggestion: `建议 ${i}`,
});

async function setup() {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  return { survey, links };
}

describe("tallies", () => {
  beforeEach(resetDatabase);

  it("are updated with each stored response and equal a recount from the responses", async () => {
    const { survey, links } = await setup();
    for (let i = 0; i < 30; i++) {
      const link = links[i % links.length]!;
      await storeResponse({ submissionId: randomUUID(), link, versionId: survey.versionId, questions, data: answers(i), receivedAt: new Date(Date.UTC(2026, 10, 1 + (i % 3), 15, 30)) });
    }
    expect(await findTallyMismatches(survey.surveyId)).toEqual([]);
    const db = await getDb();
    const heavy = await db.tally.aggregate({ where: { versionId: survey.versionId, question: "burden", value: "heavy" }, _sum: { count: true } });
    expect(heavy._sum.count).toBe(10);
    // A rating's value rows carry its answered count and the sum of its ratings.
    const satisfaction = await db.tally.aggregate({ where: { versionId: survey.versionId, question: "satisfaction" }, _sum: { count: true, sum: true } });
    expect(satisfaction._sum).toEqual({ count: 30, sum: 90 });
    const firstPlaceA = await db.tally.aggregate({ where: { question: "priorities", row: "a", value: "1" }, _sum: { count: true } });
    expect(firstPlaceA._sum.count).toBe(15);
  });

  it("bulk-inserted responses keep tallies equal to a recount", async () => {
    const { survey, links } = await setup();
    const rows = Array.from({ length: 1200 }, (_, i) => {
      const link = links[i % links.length]!;
      return { submissionId: randomUUID(), surveyId: survey.surveyId, versionId: survey.versionId, linkId: link.id, schoolId: link.schoolId, audience: link.audience, receivedAt: new Date(Date.UTC(2026, 10, 1, i % 24)), data: answers(i) };
    });
    await insertResponsesBulk(rows, new Map([[survey.versionId, questions]]));
    const db = await getDb();
    expect(await db.response.count()).toBe(1200);
    const first = await db.response.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(first.submittedAt.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(first.data).toEqual(answers(0));
    expect(await findTallyMismatches(survey.surveyId)).toEqual([]);
    const responses = await db.tally.aggregate({ where: { question: "__response" }, _sum: { count: true } });
    expect(responses._sum.count).toBe(1200);
  });

  it("stores no identity and only the hour of submission", async () => {
    const { survey, links } = await setup();
    await storeResponse({ submissionId: randomUUID(), link: links[0]!, versionId: survey.versionId, questions, data: answers(1), receivedAt: new Date("2026-11-05T09:47:31.123Z") });
    const db = await getDb();
    const row = await db.response.findFirstOrThrow();
    expect(row.submittedAt.toISOString()).toBe("2026-11-05T09:00:00.000Z");
    expect(Object.keys(row).sort()).toEqual(["audience", "data", "dataHash", "id", "linkId", "schoolId", "submissionId", "submittedAt", "surveyId", "versionId"]);
  });

  it("a retried submission is acknowledged once; different answers under the same id are a conflict", async () => {
    const { survey, links } = await setup();
    const id = randomUUID();
    const input = { submissionId: id, link: links[0]!, versionId: survey.versionId, questions, data: answers(2), receivedAt: new Date() };
    expect(await storeResponse(input)).toEqual({ status: "created" });
    expect(await storeResponse({ ...input, data: { ...answers(2) } })).toEqual({ status: "duplicate" });
    const conflict = await storeResponse({ ...input, data: answers(3) }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(AppError);
    expect((conflict as AppError).code).toBe("CONFLICT");
    const db = await getDb();
    expect(await db.response.count()).toBe(1);
    expect(await findTallyMismatches(survey.surveyId)).toEqual([]);
  });

  it("concurrent duplicates of one submission make exactly one row and one tally increment", async () => {
    const { survey, links } = await setup();
    const input = { submissionId: randomUUID(), link: links[1]!, versionId: survey.versionId, questions, data: answers(4), receivedAt: new Date() };
    const results = await Promise.all(Array.from({ length: 20 }, () => storeResponse({ ...input })));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    const db = await getDb();
    expect(await db.response.count()).toBe(1);
    expect(await findTallyMismatches(survey.surveyId)).toEqual([]);
  });
});
