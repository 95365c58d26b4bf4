import { beforeEach, describe, expect, it } from "vitest";
import { PUT as putSurvey, PATCH as patchSurvey, GET as getSurveyRoute } from "@/app/api/surveys/[id]/route";
import { POST as publishRoute } from "@/app/api/surveys/[id]/publish/route";
import ExcelJS from "exceljs";
import { GET as listLinksRoute, POST as linksRoute } from "@/app/api/surveys/[id]/links/route";
import { GET as diffRoute } from "@/app/api/surveys/[id]/diff/route";
import { POST as createRoute } from "@/app/api/surveys/route";
import { getDb } from "@/lib/db/client";
import { submitResponse } from "@/lib/responses/submit-response";
import { EVERY_TYPE_SURVEY, createCaller, createSchools } from "../../helpers/factories";
import { XSS_PAYLOADS } from "../../fixtures/xss-payloads";
import { resetDatabase } from "../../helpers/reset-database";

type Headers = Record<string, string>;
const send = (method: string, path: string, headers: Headers, body?: unknown) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function create(headers: Headers, json: unknown) {
  const response = await createRoute(send("POST", "/api/surveys", headers, { title: "测试", audiences: ["staff", "parent"], json }), undefined);
  return { status: response.status, body: (await response.json()) as { id: string; error?: { issues: { field: string; message: string }[] } } };
}

const q = (elements: unknown[]) => ({ pages: [{ name: "p1", elements }] });

describe("survey definitions", () => {
  let admin: Awaited<ReturnType<typeof createCaller>>;
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
    admin = await createCaller("city_admin");
  });

  it("answers 400 to malformed JSON", async () => {
    const response = await createRoute(send("POST", "/api/surveys", admin.bearer, '{"title": "x", "json": {'), undefined);
    expect(response.status).toBe(400);
  });

  it.each([
    ["an unknown question type", q([{ type: "signaturepad", name: "sign" }]), "sign"],
    ["duplicate question names", q([{ type: "text", name: "dup" }, { type: "comment", name: "dup" }]), "dup"],
    ["a choice without a value", q([{ type: "radiogroup", name: "pick", choices: [{ text: "甲" }] }]), "pick"],
    ["a broken expression", q([{ type: "text", name: "a" }, { type: "text", name: "b", visibleIf: "{a} = = 1" }]), "b"],
    ["an unsupported feature", q([{ type: "text", name: "a", setValueExpression: "1" }]), "a"],
    ["no question at all", { pages: [{ name: "p1", elements: [{ type: "html", name: "intro", html: "<p>你好</p>" }] }] }, "pages"],
    ["pages that are not a list", { pages: "p1" }, "pages"],
  ])("refuses %s with 422 naming the element", async (_case, json, field) => {
    const { status, body } = await create(admin.bearer, json);
    expect(status).toBe(422);
    expect(body.error!.issues[0]!.field).toBe(field);
    expect(body.error!.issues[0]!.message.length).toBeGreaterThan(0);
  });

  it("keeps the previous version intact when a bad definition is saved", async () => {
    const { body } = await create(admin.bearer, EVERY_TYPE_SURVEY);
    const bad = await putSurvey(send("PUT", `/api/surveys/${body.id}`, admin.bearer, { json: q([{ type: "nope", name: "x" }]) }), ctx(body.id));
    expect(bad.status).toBe(422);
    const survey = (await (await getSurveyRoute(send("GET", `/api/surveys/${body.id}`, admin.bearer), ctx(body.id))).json()) as { json: unknown; versions: unknown[] };
    expect(survey.versions).toHaveLength(1);
    expect(survey.json).toEqual(EVERY_TYPE_SURVEY);
  });

  it("sanitises every HTML-bearing property on save: no payload survives as markup that runs", async () => {
    const elements = XSS_PAYLOADS.flatMap((payload, i) => [
      { type: "html", name: `h${i}`, html: `<p>说明</p>${payload}` },
      { type: "radiogroup", name: `r${i}`, title: `标题${payload}`, description: payload, choices: [{ value: "a", text: `选项${payload}` }] },
    ]);
    const json = { title: XSS_PAYLOADS[0], completedHtml: XSS_PAYLOADS.join(""), completedHtmlOnCondition: [{ expression: "{r0} = 'a'", html: XSS_PAYLOADS[1] }], pages: [{ name: "p1", elements }] };
    const { status, body } = await create(admin.bearer, json);
    expect(status).toBe(201);
    const db = await getDb();
    const stored = JSON.stringify((await db.surveyVersion.findFirstOrThrow({ where: { surveyId: body.id } })).json);
    expect(stored).not.toMatch(/<script|<iframe|<object|<embed|<svg|<meta|<base|<form|<input|<details|<math|<template|<style|\son\w+=|javascript:/i);
    expect(stored).toContain("<p>说明</p>");
    expect(stored).toContain("选项");
  });

  it("keeps plain-text titles as written: a < in a title is not mangled", async () => {
    const { body } = await create(admin.bearer, q([{ type: "rating", name: "score", title: "分数 < 60 的学生占比 & 原因" }]));
    const db = await getDb();
    const stored = (await db.surveyVersion.findFirstOrThrow({ where: { surveyId: body.id } })).json as { pages: { elements: { title: string }[] }[] };
    expect(stored.pages[0]!.elements[0]!.title).toBe("分数 < 60 的学生占比 & 原因");
  });
});

describe("versions and links", () => {
  let admin: Awaited<ReturnType<typeof createCaller>>;
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
    admin = await createCaller("city_admin");
  });

  it("pins every response to the version it answered; editing after publication makes a new draft, publishing moves the links", async () => {
    const v1 = q([{ type: "radiogroup", name: "burden", isRequired: true, choices: ["轻", "重"] }]);
    const v2 = q([{ type: "radiogroup", name: "burden", isRequired: true, choices: ["轻", "适中", "重"] }]);
    const { body } = await create(admin.bearer, v1);
    expect(await (await publishRoute(send("POST", `/api/surveys/${body.id}/publish`, admin.bearer), ctx(body.id))).json()).toEqual({ version: 1 });
    const [link] = (await (await linksRoute(send("POST", `/api/surveys/${body.id}/links`, admin.bearer, { orgs: ["3132100001"], audiences: ["staff"] }), ctx(body.id))).json()) as { code: string }[];
    await submitResponse({ code: link!.code, body: { id: crypto.randomUUID(), data: { burden: "重" } }, deviceToken: crypto.randomUUID().replace(/-/g, "").slice(0, 24) });
    const saved = await putSurvey(send("PUT", `/api/surveys/${body.id}`, admin.bearer, { json: v2 }), ctx(body.id));
    expect(await saved.json()).toEqual({ version: 2 });
    // The draft is not live: the links still serve version 1, which has no "适中".
    await expect(submitResponse({ code: link!.code, body: { id: crypto.randomUUID(), data: { burden: "适中" } }, deviceToken: crypto.randomUUID().replace(/-/g, "").slice(0, 24) })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await (await publishRoute(send("POST", `/api/surveys/${body.id}/publish`, admin.bearer), ctx(body.id))).json()).toEqual({ version: 2 });
    await submitResponse({ code: link!.code, body: { id: crypto.randomUUID(), data: { burden: "适中" } }, deviceToken: crypto.randomUUID().replace(/-/g, "").slice(0, 24) });
    const db = await getDb();
    const responses = await db.response.findMany({ where: { surveyId: body.id }, include: { version: { select: { number: true } } }, orderBy: { id: "asc" } });
    expect(responses.map((r) => [r.version.number, (r.data as { burden: string }).burden])).toEqual([
      [1, "重"],
      [2, "适中"],
    ]);
    const diff = (await (await diffRoute(send("GET", `/api/surveys/${body.id}/diff?from=1&to=2`, admin.bearer), ctx(body.id))).json()) as { changed: { name: string; properties: { property: string }[] }[] };
    expect(diff.changed).toEqual([{ name: "burden", properties: [expect.objectContaining({ property: "choices" })] }]);
  });

  it("generates links idempotently, for exactly the schools and audiences asked, with the public host", async () => {
    const { body } = await create(admin.bearer, EVERY_TYPE_SURVEY);
    const ask = async (payload: unknown) =>
      (await (await linksRoute(send("POST", `/api/surveys/${body.id}/links`, { ...admin.bearer, host: "wence.jyj.example.cn" }, payload), ctx(body.id))).json()) as {
        code: string;
        url: string;
        school: string;
        audience: string;
      }[];
    const first = await ask({ orgs: ["广陵区"] });
    expect(first.map((l) => `${l.school}/${l.audience}`).sort()).toEqual(["3132100001/parent", "3132100001/staff", "3132100002/parent", "3132100002/staff"]);
    expect(first[0]!.url).toBe(`http://wence.jyj.example.cn/s/${first[0]!.code}`);
    const again = await ask({ orgs: ["广陵区"] });
    expect(again.map((l) => l.code).sort()).toEqual(first.map((l) => l.code).sort());
    const db = await getDb();
    expect(await db.distributionLink.count({ where: { surveyId: body.id } })).toBe(4);
    const response = await linksRoute(send("POST", `/api/surveys/${body.id}/links`, admin.bearer, { audiences: ["student"] }), ctx(body.id));
    expect(response.status).toBe(422);
    // District administrators download them as CSV or XLSX.
    const xlsx = await listLinksRoute(send("GET", `/api/surveys/${body.id}/links?format=xlsx`, { ...admin.bearer, host: "wence.jyj.example.cn" }), ctx(body.id));
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(["学校代码", "学校", "调查对象", "链接"]);
    expect(rows.slice(1).map((r) => r[3]).sort()).toEqual(first.map((l) => l.url).sort());
    const csv = await (await listLinksRoute(send("GET", `/api/surveys/${body.id}/links?format=csv`, admin.bearer), ctx(body.id))).text();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(5);
  });

  it("locks the group-size thresholds once published", async () => {
    const { body } = await create(admin.bearer, EVERY_TYPE_SURVEY);
    expect((await patchSurvey(send("PATCH", `/api/surveys/${body.id}`, admin.bearer, { minGroupSize: 8 }), ctx(body.id))).status).toBe(200);
    await publishRoute(send("POST", `/api/surveys/${body.id}/publish`, admin.bearer), ctx(body.id));
    const locked = await patchSurvey(send("PATCH", `/api/surveys/${body.id}`, admin.bearer, { minGroupSize: 3 }), ctx(body.id));
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.issues[0].field).toBe("minGroupSize");
    expect((await patchSurvey(send("PATCH", `/api/surveys/${body.id}`, admin.bearer, { closed: true }), ctx(body.id))).status).toBe(200);
  });
});
