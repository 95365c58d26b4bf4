import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/surveys/[id]/export/route";
import { GET as summaryRoute } from "@/app/api/surveys/[id]/summary/route";
import { csvStream } from "@/lib/analytics/encode-export";
import { exportResponses } from "@/lib/analytics/export-responses";
import { getDb } from "@/lib/db/client";
import { answerMaker, insertPlaced, rawResponses, type Placed } from "../../helpers/analytics-oracle";
import { createCaller, createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const HOSTILE = ["=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-3-4", "@SUM(A1)", "\tcmd", "正常，含逗号和\"引号\"\n换行"];

// Per school and audience: A's staff (3) is below k = 5; C's parents (7) below the free-text k = 10.
const PLAN: Record<string, number> = { "0:staff": 3, "0:parent": 12, "1:staff": 11, "1:parent": 10, "2:staff": 14, "2:parent": 7 };

async function setup() {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  const make = answerMaker(EVERY_TYPE_SURVEY, 21);
  const placed: Placed[] = [];
  for (const link of links) {
    const i = schools.findIndex((s) => s.id === link.schoolId);
    for (let j = 0; j < PLAN[`${i}:${link.audience}`]!; j++) placed.push({ link, data: { ...make(), suggestion: HOSTILE[j % HOSTILE.length]! }, at: new Date(Date.UTC(2026, 10, 3, 20)) });
  }
  await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
  const db = await getDb();
  const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
  return { db, schools, survey, city };
}

async function readCsv(stream: ReadableStream<Uint8Array>): Promise<string[][]> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
}

describe("response export", () => {
  beforeEach(resetDatabase);

  it("writes a CSV that parses back to the stored responses, with titles, choice texts and versions, small groups left out", async () => {
    const { db, schools, survey, city } = await setup();
    const [header, ...rows] = await readCsv(csvStream(await exportResponses(db, { surveyId: survey.surveyId, scopeOrgId: city.id })));
    expect(header!.slice(0, 7)).toEqual(["区县", "学校代码", "学校", "调查对象", "问卷版本", "提交日期", "burden"]);
    expect(header).toContain("areas - 教学");
    // 57 responses less A's 3 staff.
    expect(rows).toHaveLength(54);
    expect(rows.filter((r) => r[1] === schools[0]!.code && r[3] === "教职工")).toHaveLength(0);
    const raw = (await rawResponses(survey.surveyId)).filter((r) => !(r.schoolId === schools[0]!.id && r.audience === "staff"));
    const col = (name: string) => header!.indexOf(name);
    const texts = { light: "轻", heavy: "重" } as Record<string, string>;
    expect(rows.map((r) => r[col("burden")]).sort()).toEqual(raw.map((r) => texts[(r.data as Record<string, string>).burden!]!).sort());
    expect(rows.map((r) => r[col("satisfaction")]).sort()).toEqual(raw.map((r) => String((r.data as Record<string, unknown>).satisfaction ?? "")).sort());
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(["1"]));
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(["2026-11-04"]));
    // Free text only where the group reaches 10 (C's parents wrote 7).
    const suggestions = rows.filter((r) => r[1] === schools[2]!.code && r[3] === "家长").map((r) => r[col("suggestion")]);
    expect(suggestions).toEqual(Array(7).fill(""));
    expect(rows.filter((r) => r[1] === schools[1]!.code && r[3] === "家长").map((r) => r[col("suggestion")]).every((s) => s !== "")).toBe(true);
  });

  it("neutralises cells that a spreadsheet would run as formulas", async () => {
    const { db, survey, city } = await setup();
    const [header, ...rows] = await readCsv(csvStream(await exportResponses(db, { surveyId: survey.surveyId, scopeOrgId: city.id })));
    const written = new Set(rows.map((r) => r[header!.indexOf("suggestion")]).filter((s) => s !== ""));
    expect(written).toEqual(new Set(["'=HYPERLINK(\"http://x\",\"点我\")", "'+1+2", "'-3-4", "'@SUM(A1)", "'\tcmd", "正常，含逗号和\"引号\"\n换行"]));
    for (const r of rows) for (const c of r) expect(/^[=+\-@\t\r]/.test(c), c).toBe(false);
  });

  it("serves CSV and XLSX over HTTP to a signed-in caller, refusing isolating filters and bad parameters", async () => {
    const { schools, survey } = await setup();
    const TOKEN = (await createCaller("city_admin")).bearer.authorization.slice(7);
    const get = (path: string, route: typeof exportRoute, auth = `Bearer ${TOKEN}`) =>
      route(new Request(`http://localhost/api/surveys/${survey.surveyId}/${path}`, { headers: { authorization: auth } }), { params: Promise.resolve({ id: survey.surveyId }) });
    expect((await get("export?format=csv", exportRoute, "Bearer nope")).status).toBe(401);
    const csv = await get(`export?format=csv&org=${schools[1]!.code}&audience=parent`, exportRoute);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    expect(await readCsv(csv.body!)).toHaveLength(11);
    const xlsx = await get(`export?format=xlsx&org=${schools[1]!.code}`, exportRoute);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(22);
    expect(sheet.getRow(1).getCell(3).value).toBe("学校");
    expect(sheet.getRow(2).getCell(3).value).toBe(schools[1]!.name);
    const refused = await get(`export?org=${schools[0]!.code}&audience=staff`, exportRoute);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { issues: { field: string }[] } }).error.issues[0]!.field).toBe("audience");
    expect((await get("export?format=pdf", exportRoute)).status).toBe(400);
    expect((await get("export?org=nowhere", exportRoute)).status).toBe(404);

    const summary = await get(`summary?org=${schools[1]!.code}`, summaryRoute);
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({ responses: 21, suppressed: false, questions: expect.any(Array) });
    expect((await get("summary?from=yesterday", summaryRoute)).status).toBe(400);
    const missing = await summaryRoute(new Request("http://localhost/api/surveys/nope/summary", { headers: { authorization: `Bearer ${TOKEN}` } }), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
  });
});
