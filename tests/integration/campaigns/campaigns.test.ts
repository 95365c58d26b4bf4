import { beforeEach, describe, expect, it } from "vitest";
import { GET as getOne, PATCH } from "@/app/api/campaigns/[id]/route";
import { GET as list, POST } from "@/app/api/campaigns/route";
import { POST as createSurveyRoute } from "@/app/api/surveys/route";
import { loadTokenCaller } from "@/lib/auth/load-caller";
import { getCampaignOverview } from "@/lib/campaigns/get-campaign-overview";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/surveys/create-survey";
import { createCaller, createSchools } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const PHASES = [
  { phase: "launch", startsOn: "2026-09-01", endsOn: "2026-09-14" },
  { phase: "study", startsOn: "2026-09-15", endsOn: "2026-10-31" },
  { phase: "transform", startsOn: "2026-11-01", endsOn: "2026-12-15" },
  { phase: "review", startsOn: "2026-12-16", endsOn: "2027-01-31" },
];

function request(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
const NO_PARAMS = { params: Promise.resolve({}) };
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

describe("campaigns API", () => {
  beforeEach(async () => {
    await resetDatabase();
    await createSchools();
  });

  it("a district administrator creates a campaign that its schools see and another district does not", async () => {
    const district = await createCaller("district_admin", "广陵区");
    const created = await POST(request("POST", "/api/campaigns", district.bearer, { title: "广陵区大讨论", description: "区内活动", phases: PHASES }), NO_PARAMS);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const ownSchool = await createCaller("school_admin", "3132100001");
    const seen = (await (await list(request("GET", "/api/campaigns", ownSchool.bearer), NO_PARAMS)).json()) as { campaigns: { id: string; phases: unknown[]; editable: boolean; owner: string }[] };
    expect(seen.campaigns.map((c) => c.id)).toEqual([id]);
    expect(seen.campaigns[0]).toMatchObject({ owner: "广陵区", editable: false, phases: PHASES });

    const otherDistrict = await createCaller("district_admin", "邗江区");
    expect(((await (await list(request("GET", "/api/campaigns", otherDistrict.bearer), NO_PARAMS)).json()) as { campaigns: unknown[] }).campaigns).toEqual([]);
    expect((await getOne(request("GET", `/api/campaigns/${id}`, otherDistrict.bearer), ctx(id))).status).toBe(404);
    // Nor can it put a survey of its own into that campaign.
    const json = { pages: [{ name: "p", elements: [{ type: "comment", name: "c" }] }] };
    const intruding = await createSurveyRoute(request("POST", "/api/surveys", otherDistrict.bearer, { title: "邗江区问卷", audiences: ["parent"], json, campaignId: id }), NO_PARAMS);
    expect(intruding.status).toBe(404);
    expect(((await intruding.json()) as { error: { issues: { field: string }[] } }).error.issues[0]!.field).toBe("campaignId");
    expect(await (await getDb()).survey.count()).toBe(0);
    expect((await createSurveyRoute(request("POST", "/api/surveys", district.bearer, { title: "广陵区问卷", audiences: ["parent"], json, campaignId: id }), NO_PARAMS)).status).toBe(201);
  });

  it("shows any visible campaign's overview with its own surveys and findings; the home page the newest visible one", async () => {
    const city = await createCaller("city_admin");
    const hanjiang = await createCaller("district_admin", "邗江区");
    const create = async (who: typeof city, title: string) => ((await (await POST(request("POST", "/api/campaigns", who.bearer, { title, phases: PHASES }), NO_PARAMS)).json()) as { id: string }).id;
    const older = await create(city, "全市大讨论");
    const newer = await create(hanjiang, "邗江区专题调研");
    await getDb().then((db) => db.campaign.update({ where: { id: older }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } }));
    await createSurvey({ title: "全市教职工问卷", audiences: ["staff"], json: { pages: [{ name: "p", elements: [{ type: "comment", name: "c" }] }] }, campaignId: older });
    await createSurvey({ title: "邗江区家长问卷", audiences: ["parent"], json: { pages: [{ name: "p", elements: [{ type: "comment", name: "c" }] }] }, campaignId: newer });
    const db = await getDb();
    const school = await db.orgUnit.findUniqueOrThrow({ where: { code: "3132100001" } });
    await db.finding.createMany({
      data: [
        { campaignId: older, orgId: school.id, title: "午餐时间太短", priority: "high", status: "adopted", counts: {} },
        { campaignId: older, orgId: school.id, title: "校门口拥堵", priority: "medium", status: "pending", counts: {} },
        { campaignId: newer, orgId: school.id, title: "别的活动", priority: "low", status: "pending", counts: {} },
      ],
    });
    const asCaller = async (who: typeof city) => (await loadTokenCaller(who.bearer.authorization.slice("Bearer ".length)))!;

    const cityCaller = await asCaller(city);
    expect((await getCampaignOverview(cityCaller))!.title).toBe("邗江区专题调研");
    const overview = (await getCampaignOverview(cityCaller, older))!;
    expect(overview.title).toBe("全市大讨论");
    expect(overview.surveys.map((s) => s.title)).toEqual(["全市教职工问卷"]);
    expect(overview.findings).toEqual([
      { status: "pending", count: 1 },
      { status: "adopted", count: 1 },
    ]);
    expect(overview.phases.map((p) => p.phase)).toEqual(["launch", "study", "transform", "review"]);

    // A school in 广陵区 does not see 邗江区's campaign: its home page shows the city's, and the other is "not found".
    const schoolCaller = await asCaller(await createCaller("school_admin", "3132100001"));
    expect((await getCampaignOverview(schoolCaller))!.title).toBe("全市大讨论");
    await expect(getCampaignOverview(schoolCaller, newer)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps a campaign's audiences, edits them, and starts its new surveys with them", async () => {
    const city = await createCaller("city_admin");
    const created = await POST(request("POST", "/api/campaigns", city.bearer, { title: "家校共育调研", audiences: ["parent", "staff", "parent"], phases: PHASES }), NO_PARAMS);
    const { id } = (await created.json()) as { id: string };
    expect(((await (await getOne(request("GET", `/api/campaigns/${id}`, city.bearer), ctx(id))).json()) as { audiences: string[] }).audiences).toEqual(["parent", "staff"]);
    // Unknown audiences and an empty list are refused, naming the field; the campaign stays as it was.
    for (const audiences of [["teacher"], []]) {
      const res = await PATCH(request("PATCH", `/api/campaigns/${id}`, city.bearer, { audiences }), ctx(id));
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { issues: { field: string }[] } }).error.issues[0]!.field).toMatch(/^audiences/);
    }
    expect((await PATCH(request("PATCH", `/api/campaigns/${id}`, city.bearer, { audiences: ["parent"] }), ctx(id))).status).toBe(200);
    const listed = (await (await list(request("GET", "/api/campaigns", city.bearer), NO_PARAMS)).json()) as { campaigns: { audiences: string[] }[] };
    expect(listed.campaigns[0]!.audiences).toEqual(["parent"]);

    const json = { pages: [{ name: "p", elements: [{ type: "comment", name: "c" }] }] };
    const make = async (body: Record<string, unknown>) => {
      const res = await createSurveyRoute(request("POST", "/api/surveys", city.bearer, { title: "问卷", json, ...body }), NO_PARAMS);
      return { status: res.status, body: (await res.json()) as { id?: string } };
    };
    const inCampaign = await make({ campaignId: id });
    expect(inCampaign.status).toBe(201);
    const db = await getDb();
    expect((await db.survey.findUniqueOrThrow({ where: { id: inCampaign.body.id! } })).audiences).toEqual(["parent"]);
    // Audiences given explicitly win; without a campaign they are required.
    const own = await make({ campaignId: id, audiences: ["student"] });
    expect((await db.survey.findUniqueOrThrow({ where: { id: own.body.id! } })).audiences).toEqual(["student"]);
    expect((await make({})).status).toBe(422);

    // A campaign made before audiences existed (the column's default) asks all three.
    const owner = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
    await db.$executeRaw`INSERT INTO "Campaign" ("id", "ownerId", "title", "updatedAt") VALUES ('oldcampaign', ${owner.id}, '旧活动', CURRENT_TIMESTAMP)`;
    expect((await db.campaign.findUniqueOrThrow({ where: { id: "oldcampaign" } })).audiences).toEqual(["staff", "student", "parent"]);
  });

  it("refuses phases out of order, overlapping or ending before they start, naming the field", async () => {
    const city = await createCaller("city_admin");
    const overlapping = PHASES.map((p, i) => (i === 2 ? { ...p, startsOn: "2026-10-20" } : p));
    const res = await POST(request("POST", "/api/campaigns", city.bearer, { title: "活动", phases: overlapping }), NO_PARAMS);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { issues: { field: string }[] } };
    expect(body.error.issues.map((i) => i.field)).toContain("phases.2.startsOn");

    const backwards = PHASES.map((p, i) => (i === 0 ? { ...p, startsOn: "2026-09-20" } : p));
    const res2 = await POST(request("POST", "/api/campaigns", city.bearer, { title: "活动", phases: backwards }), NO_PARAMS);
    expect(((await res2.json()) as { error: { issues: { field: string }[] } }).error.issues[0]!.field).toBe("phases.0.endsOn");
    expect((await POST(request("POST", "/api/campaigns", city.bearer, { title: " ", phases: PHASES }), NO_PARAMS)).status).toBe(422);
    const db = await getDb();
    expect(await db.campaign.count()).toBe(0);
  });

  it("moves phase dates and renames; a refused change leaves the campaign as it was", async () => {
    const city = await createCaller("city_admin");
    const { id } = (await (await POST(request("POST", "/api/campaigns", city.bearer, { title: "原名", phases: PHASES }), NO_PARAMS)).json()) as { id: string };
    const moved = PHASES.map((p) => (p.phase === "study" ? { ...p, endsOn: "2026-10-20" } : p));
    expect((await PATCH(request("PATCH", `/api/campaigns/${id}`, city.bearer, { title: "新名", phases: moved }), ctx(id))).status).toBe(200);
    const bad = PHASES.map((p) => (p.phase === "review" ? { ...p, endsOn: "2026-12-01" } : p));
    expect((await PATCH(request("PATCH", `/api/campaigns/${id}`, city.bearer, { title: "不该保存", phases: bad }), ctx(id))).status).toBe(422);
    const now = (await (await getOne(request("GET", `/api/campaigns/${id}`, city.bearer), ctx(id))).json()) as { title: string; phases: typeof PHASES };
    expect(now.title).toBe("新名");
    expect(now.phases).toEqual(moved);
  });
});
