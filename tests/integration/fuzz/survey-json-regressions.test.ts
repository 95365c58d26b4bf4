// Minimal cases the survey JSON import fuzzing found (tests/helpers/fuzz-survey-json.ts), each
// through the route handler as a client sends it.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { arrangeSurveyTargets, callSurveyRoute, type Targets } from "../../helpers/fuzz-survey-json";
import { resetDatabase } from "../../helpers/reset-database";

const QUESTION = { type: "text", name: "q" };
const send = (t: Targets, method: "POST" | "PUT", json: unknown) =>
  callSurveyRoute(method, method === "PUT" ? t.surveys[0] : "", t.authorization, Buffer.from(JSON.stringify(method === "POST" ? { title: "问卷", audiences: ["parent"], json } : { json })));
const versions = async (t: Targets) => JSON.stringify(await (await getDb()).surveyVersion.findMany({ where: { surveyId: t.surveys[0] }, orderBy: { number: "asc" } }));

describe("survey JSON import: cases found by fuzzing", () => {
  let t: Targets;
  beforeEach(async () => {
    await resetDatabase();
    t = await arrangeSurveyTargets();
  });

  it("strips markup that decoding entities forms in a text property, so the stored title holds no tag and saving it again changes nothing", async () => {
    const created = await send(t, "POST", { title: "<b>x</b>&lt;img src=x onerror=alert(1)&gt;", elements: [QUESTION] });
    expect(created.status).toBe(201);
    const read = await callSurveyRoute("GET", String(created.body.id), t.authorization);
    expect((read.body.json as { title: string }).title).toBe("x");
    const id = String(created.body.id);
    expect((await callSurveyRoute("PUT", id, t.authorization, Buffer.from(JSON.stringify({ json: read.body.json })))).status).toBe(200);
    expect((await callSurveyRoute("GET", id, t.authorization)).body.json).toEqual(read.body.json);
  });

  it("refuses a definition nested deeper than any survey needs with 422 naming where, instead of a 500", async () => {
    const before = await versions(t);
    for (const method of ["POST", "PUT"] as const) {
      const deep = { title: JSON.parse("[".repeat(2_200) + "1" + "]".repeat(2_200)) as unknown, elements: [QUESTION] };
      const answer = await send(t, method, deep);
      expect(answer.status, JSON.stringify(answer.body)).toBe(422);
      expect(JSON.stringify(answer.body)).toContain("title");
    }
    expect(await versions(t)).toBe(before);
  });

  it("refuses NUL and unpaired surrogates in a definition with 422 naming the element on both databases, instead of a 500 on PostgreSQL", async () => {
    const before = await versions(t);
    for (const method of ["POST", "PUT"] as const) {
      for (const bad of ["a\u0000b", "\ud800"]) {
        const answer = await send(t, method, { elements: [{ ...QUESTION, title: `题目${bad}` }] });
        expect(answer.status, JSON.stringify(answer.body)).toBe(422);
        expect(JSON.stringify(answer.body)).toContain("q");
      }
    }
    expect(await versions(t)).toBe(before);
  });

  // Each threw inside survey-core and was answered 422 with the bare TypeError ("res.indexOf is
  // not a function", "val.toLowerCase is not a function", …), naming nothing.
  const MISTYPED: [string, unknown, string][] = [
    ["a question named after an Object.prototype member", { elements: [{ type: "text", name: "toString" }] }, 'element "toString": this name is not allowed'],
    ["a number as inputType", { elements: [{ type: "text", name: "q", inputType: 1e308 }] }, 'element "q": "inputType" must be a string'],
    ["a list as a panel's name", { elements: [{ type: "panel", name: [false], elements: [QUESTION] }] }, '"name" must be a string'],
    ["an object as a question type", { elements: [{ type: { toString: false }, name: "q" }] }, 'element "q": "type" must be a string'],
    ["null among the choices' siblings (validators)", { elements: [{ type: "text", name: "q", validators: [null] }] }, 'element "q", validators item 1: must be an object'],
    ["a \"__proto__\" key in a page (a 500 on PostgreSQL: Prisma's serialisation threw)", { pages: [JSON.parse('{"__proto__":null,"name":"p1","elements":[{"type":"text","name":"q"}]}')] }, '"__proto__" key is not allowed'],
    ["a number as columns", { elements: [{ type: "matrix", name: "m", rows: ["a"], columns: 0 }] }, 'element "m": "columns" must be a list'],
    ["a number as the survey's mode (found by CI's fuzz run, seed -1912751242)", { mode: 0, elements: [QUESTION] }, 'survey: "mode" must be a string'],
  ];
  for (const [what, json, message] of MISTYPED) {
    it(`refuses ${what} with 422 naming the element`, async () => {
      const before = await versions(t);
      const answer = await send(t, "PUT", json);
      expect(answer.status).toBe(422);
      expect((answer.body.error as { message: string }).message).toContain(message);
      expect(await versions(t)).toBe(before);
    });
  }

  it("refuses NUL and unpaired surrogates in a new survey's title or campaign id with 422 naming the field, instead of a 500 on PostgreSQL", async () => {
    const json = { elements: [QUESTION] };
    for (const [field, body] of [
      ["title", { title: "a\u0000b", audiences: ["parent"], json }],
      ["title", { title: "\ud800", audiences: ["parent"], json }],
      ["campaignId", { title: "问卷", campaignId: "a\u0000", json }],
    ] as const) {
      const answer = await callSurveyRoute("POST", "", t.authorization, Buffer.from(JSON.stringify(body)));
      expect(answer.status, JSON.stringify(answer.body)).toBe(422);
      expect((answer.body.error as { issues: { field: string }[] }).issues[0]!.field).toBe(field);
    }
  });
});
