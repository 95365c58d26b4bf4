import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as compareRoute } from "@/app/api/surveys/[id]/compare/route";
import { GET as crosstabRoute } from "@/app/api/surveys/[id]/crosstab/route";
import { GET as exportRoute } from "@/app/api/surveys/[id]/export/route";
import { GET as participationRoute } from "@/app/api/surveys/[id]/participation/route";
import { GET as summaryRoute } from "@/app/api/surveys/[id]/summary/route";
import { answerMaker, insertPlaced, type Placed } from "../../helpers/analytics-oracle";
import { createCaller, createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

type Route = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const ROUTES: Record<string, Route> = { summary: summaryRoute, participation: participationRoute, compare: compareRoute, crosstab: crosstabRoute, export: exportRoute };

// Per school (A 3132100001, B 3132100002 in 广陵区; C 3132200001 in 邗江区) and audience. A's staff (3)
// is below k = 5; everything else is shown.
const PLAN: Record<string, number> = { "0:staff": 3, "0:parent": 20, "1:staff": 20, "1:parent": 20, "2:staff": 20, "2:parent": 20 };

// Two opposite ways A's three staff could have answered: every question answered both times, so only
// the answers differ, never how many answered.
const SMALL_GROUP_ANSWERS = [
  { burden: "light", issues: ["canteen"], satisfaction: 1, would_recommend: false, hours: 1, areas: { teaching: 1, safety: 1 }, priorities: ["a", "b", "c"], suggestion: "甲" },
  { burden: "heavy", issues: ["fees", "traffic"], satisfaction: 5, would_recommend: true, hours: 20, areas: { teaching: 5, safety: 5 }, priorities: ["c", "b", "a"], suggestion: "乙" },
];

async function setup(world = 0) {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  const make = answerMaker(EVERY_TYPE_SURVEY, 5);
  const placed: Placed[] = [];
  for (const link of links) {
    const i = schools.findIndex((s) => s.id === link.schoolId);
    for (let j = 0; j < PLAN[`${i}:${link.audience}`]!; j++) {
      const data = i === 0 && link.audience === "staff" ? SMALL_GROUP_ANSWERS[world]! : make(0.2 + i * 0.3);
      placed.push({ link, data, at: new Date(Date.UTC(2026, 10, 1 + (j % 4), 2)) });
    }
  }
  await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
  const callers = {
    city: await createCaller("city_admin"),
    district: await createCaller("district_admin", "广陵区"),
    school: await createCaller("school_admin", "3132100001"),
  };
  const get = async (who: keyof typeof callers, path: string) => {
    const [name] = path.split("?") as [string];
    return ROUTES[name]!(new Request(`http://localhost/api/surveys/${survey.surveyId}/${path}`, { headers: callers[who].bearer }), { params: Promise.resolve({ id: survey.surveyId }) });
  };
  return { survey, get };
}

/** What a caller sees, with the ids that differ between two databases taken out. */
async function seen(res: Response): Promise<unknown> {
  expect(res.status, await res.clone().text()).toBe(200);
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("json")) return JSON.parse(await res.text(), (key, value: unknown) => (key === "id" || key === "surveyId" ? undefined : value));
  if (type.includes("csv")) return res.text();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book.worksheets.map((ws) => ws.getSheetValues().filter((row) => !JSON.stringify(row).includes("生成时间")));
}

const VIEWS = [
  "summary",
  "summary?audience=staff",
  "participation?target=0.02",
  "compare",
  "compare?audience=staff",
  "compare?school=3132100002",
  "crosstab?question=issues&by=audience",
  "crosstab?question=satisfaction&by=district",
  "crosstab?question=burden&by=stage",
  "crosstab?question=satisfaction&by=burden",
  "crosstab?question=issues&by=would_recommend",
  "crosstab?question=hours&by=satisfaction&audience=staff",
  "export?format=xlsx&kind=aggregates",
  "export?format=xlsx&kind=aggregates&audience=staff",
  "export?format=csv",
];

describe("participation, comparison, cross-tab and aggregate routes", () => {
  beforeEach(resetDatabase);

  it("show nothing of a group below the minimum size: its answers can change and no view changes", async () => {
    const first = await setup(0);
    const before = await Promise.all(VIEWS.map(async (v) => seen(await first.get("city", v))));
    const districtBefore = await seen(await first.get("district", "crosstab?question=satisfaction&by=burden"));
    await resetDatabase();
    const second = await setup(1);
    for (const [i, v] of VIEWS.entries()) expect(await seen(await second.get("city", v)), v).toEqual(before[i]);
    expect(await seen(await second.get("district", "crosstab?question=satisfaction&by=burden"))).toEqual(districtBefore);
  });

  it("refuses a filter that isolates a small group (422 naming it), as the summary does", async () => {
    const { get } = await setup();
    for (const path of [
      "summary?org=3132100001&audience=staff",
      "crosstab?question=burden&by=satisfaction&org=3132100001&audience=staff",
      "crosstab?question=burden&by=audience&org=3132100001&audience=staff",
      "compare?school=3132100001&audience=staff",
      "export?format=xlsx&kind=aggregates&org=3132100001&audience=staff",
    ]) {
      const res = await get("city", path);
      expect(res.status, path).toBe(422);
      expect(((await res.json()) as { error: { issues: { field: string }[] } }).error.issues[0]!.field, path).toBe("audience");
    }
    // Response counts are not answers: participation shows the small group's count (decision 011).
    const p = (await (await get("city", "participation?org=3132100001&audience=staff")).json()) as { total: { responses: number } };
    expect(p.total.responses).toBe(3);
  });

  it("keeps every view within the caller's unit: out of scope is 404, comparisons reach no wider than the unit", async () => {
    const { get } = await setup();
    for (const path of ["participation?org=3132200001", "crosstab?question=burden&by=audience&org=3132200001", "compare?school=3132200001", "export?format=xlsx&kind=aggregates&org=3132200001"]) {
      expect((await get("district", path)).status, path).toBe(404);
    }
    expect((await get("school", "compare?school=3132100002")).status).toBe(404);
    const labels = async (who: "city" | "district" | "school", path: string) => ((await (await get(who, path)).json()) as { groups: { label: string }[] }).groups.map((g) => g.label);
    expect(await labels("city", "compare?school=3132100002")).toEqual(["扬州市测试初级中学", "广陵区", "测试市"]);
    expect(await labels("district", "compare?school=3132100002")).toEqual(["扬州市测试初级中学", "广陵区"]);
    expect(await labels("school", "compare?school=3132100001")).toEqual(["扬州市测试小学"]);
    expect(await labels("city", "compare")).toEqual(["广陵区", "邗江区"]);
    expect(await labels("district", "compare")).toEqual(["广陵区"]);
    expect(await labels("school", "compare")).toEqual([]);
    const schools = ((await (await get("district", "participation")).json()) as { schools: { code: string }[] }).schools.map((s) => s.code).sort();
    expect(schools).toEqual(["3132100001", "3132100002"]);
    expect((await get("school", "crosstab?question=burden&by=district")).status).toBe(400);
  });

  it("answers with the figures of the summary and refuses bad parameters with 400", async () => {
    const { get } = await setup();
    const summary = (await (await get("city", "summary?org=3132100002")).json()) as { questions: { name: string; answered: number; counts: Record<string, number> }[] };
    const burden = summary.questions.find((q) => q.name === "burden")!;
    const res = await get("city", "export?format=xlsx&kind=aggregates&org=3132100002");
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("汇总.xlsx"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows = book.getWorksheet("汇总")!.getSheetValues().slice(2) as unknown[][];
    const burdenRows = rows.filter((r) => r[1] === "burden");
    expect(burdenRows.map((r) => [r[3], r[4]])).toEqual([["答题人数", burden.answered], ["轻", burden.counts.light], ["重", burden.counts.heavy]]);
    expect(burdenRows[1]![5]).toBeCloseTo(burden.counts.light! / burden.answered, 9);

    const byAudience = (await (await get("city", "crosstab?question=burden&by=audience&org=3132100002")).json()) as { columns: { key: string; result: { answered: number } }[] };
    const staffOnly = (await (await get("city", "summary?org=3132100002&audience=staff")).json()) as typeof summary;
    expect(byAudience.columns.find((c) => c.key === "staff")!.result.answered).toBe(staffOnly.questions.find((q) => q.name === "burden")!.answered);

    for (const path of [
      "participation?target=2",
      "participation?from=2026-11-01",
      "crosstab?question=burden",
      "crosstab?question=burden&by=nothing",
      "crosstab?question=burden&by=audience&to=2026-11-02",
      "compare?school=广陵区",
      "compare?org=3132100001",
      "export?format=csv&kind=aggregates",
      "export?kind=everything",
      "export?format=csv&from=2026-11-01",
    ]) {
      expect((await get("city", path)).status, path).toBe(400);
    }
    // Aggregates follow the summary, date ranges included.
    expect((await get("city", "export?format=xlsx&kind=aggregates&from=2026-11-01&to=2026-11-04")).status).toBe(200);
  });
});
