import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/s/[code]/responses/route";
import { getDb } from "@/lib/db/client";
import { findTallyMismatches } from "@/lib/responses/recount-tallies";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { createSchools } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const SURVEY = {
  pages: [
    {
      name: "p1",
      elements: [
        { type: "radiogroup", name: "has_child", isRequired: true, choices: [{ value: "yes", text: "是" }, { value: "no", text: "否" }] },
        { type: "comment", name: "why_not", visibleIf: "{has_child} = 'no'", isRequired: true, maxLength: 50 },
        { type: "rating", name: "satisfaction", isRequired: true, rateMin: 1, rateMax: 5 },
        { type: "checkbox", name: "issues", maxSelectedChoices: 2, choices: [{ value: "canteen", text: "食堂" }, { value: "traffic", text: "交通" }, { value: "fees", text: "收费" }] },
      ],
    },
  ],
};

const valid = { has_child: "yes", satisfaction: 4, issues: ["canteen"] };

async function arrange(options: { onePerDevice?: boolean; opensOn?: string; closesOn?: string; closed?: boolean } = {}) {
  const [school] = await createSchools();
  const survey = await createSurvey({ title: "测试", audiences: ["parent"], json: SURVEY });
  await publishSurvey(survey.id);
  const db = await getDb();
  await db.survey.update({
    where: { id: survey.id },
    data: { onePerDevice: options.onePerDevice ?? false, opensOn: options.opensOn ?? null, closesOn: options.closesOn ?? null, closedAt: options.closed ? new Date() : null },
  });
  const [link] = await generateLinks(survey.id, [school!.id], ["parent"]);
  return { code: link!.code, surveyId: survey.id };
}

function post(code: string, body: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/s/${code}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, ...headers },
    body,
  });
  return POST(request, { params: Promise.resolve({ code }) });
}

const submit = (code: string, data: unknown, id = randomUUID(), headers: Record<string, string> = {}) => post(code, JSON.stringify({ id, data }), headers);

describe("POST /api/s/{code}/responses", () => {
  beforeEach(resetDatabase);

  it("accepts a valid response with 201 and its id, and tallies it", async () => {
    const { code, surveyId } = await arrange();
    const id = randomUUID();
    const res = await submit(code, valid, id);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id });
    const db = await getDb();
    expect(await db.response.count()).toBe(1);
    expect(await findTallyMismatches(surveyId)).toEqual([]);
  });

  it("acknowledges the same id and data again with 200 and no second row; different data is 409", async () => {
    const { code } = await arrange();
    const id = randomUUID();
    expect((await submit(code, valid, id)).status).toBe(201);
    const again = await submit(code, { issues: ["canteen"], satisfaction: 4, has_child: "yes" }, id);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id });
    expect((await submit(code, { ...valid, satisfaction: 2 }, id)).status).toBe(409);
    expect(await (await getDb()).response.count()).toBe(1);
  });

  it("makes exactly one row from 50 concurrent duplicates", async () => {
    const { code, surveyId } = await arrange();
    const id = randomUUID();
    const statuses = (await Promise.all(Array.from({ length: 50 }, () => submit(code, valid, id)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect(await (await getDb()).response.count()).toBe(1);
    expect(await findTallyMismatches(surveyId)).toEqual([]);
  });

  it("lands every one of many concurrent distinct submissions, with tallies equal to a recount", async () => {
    const { code, surveyId } = await arrange();
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => submit(code, { has_child: "yes", satisfaction: (i % 5) + 1, issues: i % 2 ? ["fees"] : ["canteen", "traffic"] }).then((r) => r.status)),
    );
    expect(statuses).toEqual(Array.from({ length: 40 }, () => 201));
    expect(await (await getDb()).response.count()).toBe(40);
    expect(await findTallyMismatches(surveyId)).toEqual([]);
  });

  it("lists every failing question with a Chinese message (422) and stores nothing", async () => {
    const { code } = await arrange();
    const res = await submit(code, { has_child: "no", satisfaction: 9, issues: ["canteen", "traffic", "fees"], unknown_q: 1 });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { question: string; message: string }[] };
    expect(body.errors.map((e) => e.question).sort()).toEqual(["issues", "satisfaction", "unknown_q", "why_not"]);
    for (const e of body.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await (await getDb()).response.count()).toBe(0);
  });

  it("rejects values of the wrong JSON type and choices that do not exist", async () => {
    const { code } = await arrange();
    const res = await submit(code, { has_child: "maybe", satisfaction: "4", issues: "canteen" });
    expect(res.status).toBe(422);
    const questions = ((await res.json()) as { errors: { question: string }[] }).errors.map((e) => e.question).sort();
    expect(questions).toEqual(["has_child", "issues", "satisfaction"]);
  });

  it("does not store answers to questions hidden by logic", async () => {
    const { code } = await arrange();
    expect((await submit(code, { ...valid, why_not: "工作忙" })).status).toBe(201);
    const row = await (await getDb()).response.findFirstOrThrow();
    expect(row.data).toEqual(valid);
  });

  it("answers 400 naming the problem for malformed JSON, a non-object body, a bad id or missing data", async () => {
    const { code } = await arrange();
    for (const [body, field] of [
      ["{not json", "body"],
      ["[1,2]", "body"],
      ['"text"', "body"],
      [JSON.stringify({ id: "not-a-uuid", data: valid }), "id"],
      [JSON.stringify({ id: randomUUID() }), "data"],
      [JSON.stringify({ id: randomUUID(), data: [] }), "data"],
      [JSON.stringify({ id: randomUUID(), data: valid, extra: 1 }), "body"],
    ] as const) {
      const res = await post(code, body);
      expect(res.status, body).toBe(400);
      const problem = (await res.json()) as { error: { issues: { field: string }[] } };
      expect(problem.error.issues[0]?.field, body).toBe(field);
    }
  });

  it("answers 413 for a body over 256 KB, 404 for an unknown code", async () => {
    const { code } = await arrange();
    expect((await submit(code, { ...valid, pad: "x".repeat(300 * 1024) })).status).toBe(413);
    expect((await submit("AAAAAAAAAAAAAAAAAAAAAA", valid)).status).toBe(404);
  });

  it("answers 410 with the dates when closed by its dates, not yet open, or closed by hand", async () => {
    const closed = await arrange({ opensOn: "2020-01-01", closesOn: "2020-02-01" });
    const res = await submit(closed.code, valid);
    expect(res.status).toBe(410);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("2020-02-01");
    await resetDatabase();
    const future = await arrange({ opensOn: "2999-01-01" });
    const early = await submit(future.code, valid);
    expect(early.status).toBe(410);
    expect(((await early.json()) as { error: { message: string } }).error.message).toContain("2999-01-01");
    await resetDatabase();
    expect((await submit((await arrange({ closed: true })).code, valid)).status).toBe(410);
  });

  it("refuses text PostgreSQL cannot store with 422 and stores any other text intact (found by fuzzing: a lone surrogate was a 500)", async () => {
    const { code } = await arrange();
    for (const text of ["\ud800", "a\u0000b"]) {
      const res = await submit(code, { has_child: "no", why_not: text, satisfaction: 4 });
      expect(res.status, JSON.stringify(text)).toBe(422);
      expect(((await res.json()) as { errors: { question: string }[] }).errors.map((e) => e.question)).toEqual(["why_not"]);
    }
    const text = "𝌆 课后\u2028\u0007 \"'<b>";
    expect((await submit(code, { has_child: "no", why_not: text, satisfaction: 4 })).status).toBe(201);
    expect((await (await getDb()).response.findFirstOrThrow()).data).toEqual({ has_child: "no", why_not: text, satisfaction: 4 });
  });

  it("answers 422, not 500, for an answer object with a toString key read by a condition (found by fuzzing)", async () => {
    const { code } = await arrange();
    const res = await post(code, `{"id": "${randomUUID()}", "data": {"has_child": {"toString": null}, "satisfaction": 4}}`);
    expect(res.status).toBe(422);
    expect(await (await getDb()).response.count()).toBe(0);
  });

  it("accepts a submission whose device cookie holds a malformed escape, and gives it a fresh token (found by fuzzing: it was a 500)", async () => {
    const { code } = await arrange({ onePerDevice: true });
    const res = await submit(code, valid, randomUUID(), { cookie: "wence_device=%" });
    expect(res.status).toBe(201);
    expect(res.headers.get("set-cookie")).toMatch(/^wence_device=[A-Za-z0-9_-]{24};/);
  });

  it("takes one response per device when the survey says so, and keeps no link from device to answer", async () => {
    const { code } = await arrange({ onePerDevice: true });
    const first = await submit(code, valid);
    expect(first.status).toBe(201);
    const cookie = first.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    const device = { cookie: cookie.split(";")[0]! };
    const second = await submit(code, valid, randomUUID(), device);
    expect(second.status).toBe(409);
    const retry = await submit(code, valid, randomUUID(), { cookie: "wence_device=AAAAAAAAAAAAAAAAAAAAAAAA" });
    expect(retry.status).toBe(201);
    const db = await getDb();
    const stored = await db.deviceSubmission.findMany();
    expect(stored).toHaveLength(2);
    for (const row of stored) expect(Object.keys(row).sort()).toEqual(["surveyId", "tokenHash"]);
    expect(JSON.stringify(stored)).not.toContain(device.cookie.split("=")[1]);
  });
});
