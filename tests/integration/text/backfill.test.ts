import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { backfillTextAnswers } from "@/lib/text/backfill-text-answers";
import { createPublishedSurvey, createSchools, createTextResponses } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

describe("backfill of responses stored before scrubbing", () => {
  beforeEach(resetDatabase);

  it("scrubs their free text in place once, and writes their text rows", async () => {
    await createSchools();
    const { surveyId } = await createPublishedSurvey({ audiences: ["staff"] });
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { code: "3132100001" } });
    const { generateLinks } = await import("@/lib/surveys/generate-links");
    await generateLinks(surveyId, [school.id], ["staff"]);
    await createTextResponses(surveyId, "3132100001", "staff", ["已经擦除的答案"]);
    // A response as an earlier version stored it: raw text, no text row.
    const old = await db.response.findFirstOrThrow();
    await db.textAnswer.deleteMany();
    await db.response.update({ where: { id: old.id }, data: { data: { burden: "heavy", suggestion: "我的电话13812345678" } } });
    expect(await backfillTextAnswers(db)).toBe(1);
    expect((await db.response.findFirstOrThrow()).data).toEqual({ burden: "heavy", suggestion: "我的电话【电话】" });
    expect((await db.textAnswer.findMany()).map((t) => t.text)).toEqual(["我的电话【电话】"]);
    expect(await backfillTextAnswers(db)).toBe(0);
  });
});
