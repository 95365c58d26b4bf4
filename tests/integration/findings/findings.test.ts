import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/findings/export/route";
import { PATCH as patchRoute } from "@/app/api/findings/[id]/route";
import { POST as actionsRoute } from "@/app/api/findings/[id]/actions/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/findings/route";
import { getDb } from "@/lib/db/client";
import type { FindingDetail } from "@/lib/findings/get-finding";
import { getPublicFindings } from "@/lib/findings/get-public-findings";
import type { FindingList } from "@/lib/findings/list-findings";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { createCaller, createSchools, createTextResponses, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const RAW = "食堂饭菜太咸，我叫张伟，电话13812345678";
const SCRUBBED = "食堂饭菜太咸，我叫【姓名】，电话【电话】";

async function arrange() {
  await createSchools();
  const db = await getDb();
  const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
  const survey = await createSurvey({ title: "献一策", audiences: ["parent"], json: EVERY_TYPE_SURVEY });
  await publishSurvey(survey.id);
  const campaignId = (await db.campaign.create({ data: { ownerId: city.id, title: "2026 年教育大调研" } })).id;
  await db.survey.update({ where: { id: survey.id }, data: { campaignId } });
  await generateLinks(survey.id, (await db.orgUnit.findMany({ where: { kind: "school" } })).map((s) => s.id), ["parent"]);
  const texts = await createTextResponses(survey.id, "3132100001", "parent", Array.from({ length: 11 }, () => RAW));
  const small = await createTextResponses(survey.id, "3132100002", "parent", Array.from({ length: 4 }, () => RAW));
  return { db, surveyId: survey.id, campaignId, texts, small };
}

type Who = { bearer: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ only in their params
const call = async (route: (r: Request, c: any) => Promise<Response>, method: string, path: string, who: Who, body?: unknown, params: Record<string, string> = {}) => {
  const res = await route(new Request(`http://localhost${path}`, { method, headers: { ...who.bearer, "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }), { params: Promise.resolve(params) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("findings", () => {
  beforeEach(resetDatabase);

  async function created() {
    const a = await arrange();
    const analyst = await createCaller("analyst", "3132100001");
    const res = await call(createRoute, "POST", "/api/findings", analyst, { surveyId: a.surveyId, title: "食堂口味偏咸", summary: "多名家长反映", theme: "canteen", org: "3132100001", priority: "high", evidence: a.texts.slice(0, 3).map((t) => t.id) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { ...a, analyst, finding: res.body as unknown as FindingDetail };
  }

  it("is created by an analyst from three answers: scrubbed quotes, counts, status 待梳理, history", async () => {
    const { finding, analyst } = await created();
    expect(finding).toMatchObject({ title: "食堂口味偏咸", status: "pending", priority: "high", theme: { code: "canteen" }, org: { code: "3132100001" }, published: false });
    expect(finding.evidence.map((e) => e.quote)).toEqual([SCRUBBED, SCRUBBED, SCRUBBED]);
    expect(finding.counts).toMatchObject({ quotes: 3, answersInUnit: 11, themeAnswersInUnit: 11 });
    expect(finding.history).toEqual([expect.objectContaining({ actor: analyst.email, field: "status", to: "pending" })]);
  });

  it("refuses evidence from a group below the free-text minimum, or from outside the finding's unit", async () => {
    const a = await arrange();
    const city = await createCaller("city_admin");
    const small = await call(createRoute, "POST", "/api/findings", city, { surveyId: a.surveyId, title: "x", org: "3132100002", evidence: [a.small[0]!.id] });
    expect(small.status).toBe(422);
    expect(small.body).toMatchObject({ error: { issues: [{ field: "evidence" }] } });
    const outside = await call(createRoute, "POST", "/api/findings", city, { surveyId: a.surveyId, title: "x", org: "3132100002", evidence: [a.texts[0]!.id] });
    expect(outside.status).toBe(422);
  });

  it("moves along the workflow; refused moves are 409 naming status; 不采纳 needs a reason; analysts may not decide", async () => {
    const { finding, analyst } = await created();
    const admin = await createCaller("school_admin", "3132100001");
    const patch = (who: Who, body: unknown) => call(patchRoute, "PATCH", `/api/findings/${finding.id}`, who, body, { id: finding.id });
    expect((await patch(analyst, { status: "adopted" })).status).toBe(403);
    const skip = await patch(admin, { status: "implemented" });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ error: { code: "CONFLICT", issues: [{ field: "status" }] } });
    expect((await patch(admin, { status: "adopted" })).status).toBe(200);
    const early = await patch(admin, { status: "in_progress" });
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain("add an action first");
    const action = await call(actionsRoute, "POST", `/api/findings/${finding.id}/actions`, admin, { kind: "measure", description: "调整菜谱，减少盐量", owner: "3132100001", ownerDetail: "总务处", dueOn: "2027-01-31" }, { id: finding.id });
    expect(action.status).toBe(201);
    for (const status of ["in_progress", "implemented", "resolved"]) expect((await patch(admin, { status })).status).toBe(200);
    expect((await patch(admin, { status: "pending" })).status).toBe(409);
    const done = (await patch(admin, { title: "食堂口味偏咸（已解决）" })).body as unknown as FindingDetail;
    expect(done.history.filter((h) => h.field === "status").map((h) => [h.from, h.to, h.actor])).toEqual([
      [null, "pending", analyst.email],
      ["pending", "adopted", admin.email],
      ["adopted", "in_progress", admin.email],
      ["in_progress", "implemented", admin.email],
      ["implemented", "resolved", admin.email],
    ]);
    expect(done.history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
  });

  it("不采纳 with a reason, from 待梳理; without one, 422 naming reason", async () => {
    const { finding } = await created();
    const admin = await createCaller("district_admin", "广陵区");
    const patch = (body: unknown) => call(patchRoute, "PATCH", `/api/findings/${finding.id}`, admin, body, { id: finding.id });
    const bare = await patch({ status: "rejected" });
    expect(bare.status).toBe(422);
    expect(bare.body).toMatchObject({ error: { issues: [{ field: "reason" }] } });
    const rejected = await patch({ status: "rejected", reason: "已有统一配餐标准" });
    expect(rejected.body).toMatchObject({ status: "rejected", statusReason: "已有统一配餐标准" });
    expect((await patch({ status: "pending" })).status).toBe(200);
  });

  it("flags overdue actions and lists findings with overdue actions first; exports both as XLSX", async () => {
    const a = await arrange();
    const admin = await createCaller("school_admin", "3132100001");
    const make = async (title: string, dueOn: string) => {
      const f = (await call(createRoute, "POST", "/api/findings", admin, { surveyId: a.surveyId, title, org: "3132100001", evidence: [a.texts[0]!.id] })).body as unknown as FindingDetail;
      return (await call(actionsRoute, "POST", `/api/findings/${f.id}/actions`, admin, { kind: "policy", description: `${title}的举措`, owner: "3132100001", dueOn }, { id: f.id })).body as unknown as FindingDetail;
    };
    const onTime = await make("按时", "2099-12-31");
    const late = await make("逾期", "2020-01-01");
    expect(late.actions[0]!.overdue).toBe(true);
    expect(onTime.actions[0]!.overdue).toBe(false);
    const list = (await call(listRoute, "GET", "/api/findings", await createCaller("city_admin"))).body as unknown as FindingList;
    expect(list.findings.map((f) => f.title)).toEqual(["逾期", "按时"]);
    expect(list).toMatchObject({ overdueActions: 1, byStatus: { pending: 2 } });
    const res = await exportRoute(new Request("http://localhost/api/findings/export", { headers: admin.bearer }), undefined);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows = (name: string) => book.getWorksheet(name)!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows("发现").map((r) => r[0]).sort()).toEqual(["按时", "逾期"]);
    expect(rows("举措").find((r) => r[0] === "逾期")).toEqual(["逾期", "政策", "逾期的举措", "扬州市测试小学", "2020-01-01", 0, "是", ""]);
  });

  it("the public page shows published findings past 待梳理 with scrubbed quotes only, and drops quotes whose group fell below the minimum", async () => {
    const { finding, campaignId, surveyId, db } = await created();
    const admin = await createCaller("school_admin", "3132100001");
    const patch = (body: unknown) => call(patchRoute, "PATCH", `/api/findings/${finding.id}`, admin, body, { id: finding.id });
    expect((await patch({ published: true })).status).toBe(200);
    expect((await getPublicFindings(db, campaignId))!.findings).toEqual([]);
    await patch({ status: "adopted" });
    const page = (await getPublicFindings(db, campaignId, "3132100001"))!;
    expect(page.findings).toHaveLength(1);
    expect(page.findings[0]!.quotes).toEqual([SCRUBBED, SCRUBBED, SCRUBBED]);
    expect(JSON.stringify(page)).not.toMatch(/张伟|13812345678/);
    expect((await getPublicFindings(db, campaignId, "3132100002"))!.findings).toEqual([]);
    // The survey's free-text minimum is raised above the 11 answers: the quotes go, the finding stays.
    await db.survey.update({ where: { id: surveyId }, data: { minTextGroupSize: 12 } });
    expect((await getPublicFindings(db, campaignId))!.findings[0]!.quotes).toEqual([]);
    expect(await getPublicFindings(db, "no-such-campaign")).toBeNull();
  });
});
