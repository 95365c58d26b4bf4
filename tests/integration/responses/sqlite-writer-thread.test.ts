import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { database, getDb } from "@/lib/db/client";
import { runSqliteWritesOnThread } from "@/lib/db/start-sqlite-writer-thread";
import { writeResponse, type ResponseSubmission } from "@/lib/db/write-response";
import { type AppError } from "@/lib/errors/app-error";
import { findTallyMismatches } from "@/lib/responses/recount-tallies";
import { storeResponse } from "@/lib/responses/store-response";
import { listQuestions } from "@/lib/surveys/list-questions";
import { createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

// The production server writes SQLite responses on a thread of their own (decision 017); these are
// the promises of the in-thread writer, held by the thread writer too.
const questions = listQuestions(EVERY_TYPE_SURVEY);
const answers = (i: number) => ({ burden: i % 3 === 0 ? "heavy" : "light", satisfaction: (i % 5) + 1, suggestion: `建议 ${i}` });

async function setup() {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  return { survey, links };
}

describe.runIf(process.env.DATABASE_URL?.startsWith("file:"))("the SQLite writer thread", () => {
  let stop: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    await resetDatabase();
    stop = await runSqliteWritesOnThread((await database()).target.url);
  });
  afterEach(async () => {
    await stop?.();
  });

  it("stores concurrent submissions with tallies equal to a recount", async () => {
    const { survey, links } = await setup();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        storeResponse({ submissionId: randomUUID(), link: links[i % links.length]!, versionId: survey.versionId, questions, data: answers(i), receivedAt: new Date() }),
      ),
    );
    expect(results.every((r) => r.status === "created")).toBe(true);
    const db = await getDb();
    expect(await db.response.count()).toBe(200);
    expect(await db.textAnswer.count()).toBe(200);
    expect(await findTallyMismatches(survey.surveyId)).toEqual([]);
  });

  it("scrubs free text on the thread before anything is stored, and a retry matches the scrubbed hash", async () => {
    const { survey, links } = await setup();
    const input = { submissionId: randomUUID(), link: links[0]!, versionId: survey.versionId, questions, data: { ...answers(1), suggestion: "请打我电话 13812345678 商量" }, receivedAt: new Date() };
    expect((await storeResponse(input)).status).toBe("created");
    expect((await storeResponse(input)).status).toBe("duplicate");
    const db = await getDb();
    const stored = await db.response.findFirstOrThrow({ select: { data: true } });
    const text = await db.textAnswer.findFirstOrThrow({ select: { text: true } });
    expect(JSON.stringify(stored.data)).not.toContain("13812345678");
    expect(text.text).not.toContain("13812345678");
    expect(text.text).toContain("【电话】");
  });

  it("makes one row of concurrent duplicates and refuses a second answer from one device", async () => {
    const { survey, links } = await setup();
    const input = { submissionId: randomUUID(), link: links[0]!, versionId: survey.versionId, questions, data: answers(1), receivedAt: new Date() };
    const results = await Promise.all(Array.from({ length: 30 }, () => storeResponse({ ...input })));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(results.filter((r) => r.status === "duplicate")).toHaveLength(29);

    const device = { ...input, deviceTokenHash: "device-hash-1" };
    await storeResponse({ ...device, submissionId: randomUUID() });
    const second = await storeResponse({ ...device, submissionId: randomUUID(), data: answers(2) }).catch((e: unknown) => e);
    expect((second as AppError).code).toBe("CONFLICT");
    expect(await (await getDb()).response.count()).toBe(2);
    expect(await findTallyMismatches(survey.surveyId)).toEqual([]);
  });

  it("refuses only the write that fails, not the others committed with it", async () => {
    const { survey, links } = await setup();
    const { target } = await database();
    const submission = (linkId: string): ResponseSubmission => ({
      submissionId: randomUUID(), surveyId: survey.surveyId, versionId: survey.versionId, linkId, schoolId: links[0]!.schoolId, audience: links[0]!.audience,
      submittedAt: new Date(), day: "2026-12-06", data: answers(4),
    });
    const write = (linkId: string) => writeResponse(target, submission(linkId), questions);
    // Sent in one turn of the event loop, the three go to the thread as one group.
    const outcomes = await Promise.allSettled([write(links[0]!.id), write("no-such-link"), write(links[1]!.id)]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(await (await getDb()).response.count()).toBe(2);
  });

  it("after it is stopped, writes go through an in-thread writer and nothing is lost", async () => {
    const { survey, links } = await setup();
    await stop!();
    stop = undefined;
    const result = await storeResponse({ submissionId: randomUUID(), link: links[0]!, versionId: survey.versionId, questions, data: answers(3), receivedAt: new Date() });
    expect(result.status).toBe("created");
    expect(await (await getDb()).response.count()).toBe(1);
  });
});
