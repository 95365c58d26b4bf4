import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as submitRoute } from "@/app/api/s/[code]/responses/route";
import { GET as contactsRoute } from "@/app/api/surveys/[id]/contacts/route";
import { GET as exportRoute } from "@/app/api/surveys/[id]/export/route";
import { GET as summaryRoute } from "@/app/api/surveys/[id]/text-summary/route";
import { GET as textsRoute } from "@/app/api/surveys/[id]/texts/route";
import { PUT as correctRoute } from "@/app/api/texts/[id]/themes/route";
import { PATCH as themeRoute } from "@/app/api/themes/[id]/route";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import type { TextList } from "@/lib/text/list-texts";
import type { TextSummary } from "@/lib/text/summarize-texts";
import { loadThemes } from "@/lib/text/theme-taxonomy";
import { createCaller, createSchools, createTextResponses, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

const FOLLOW_UP_SURVEY = {
  pages: [
    {
      name: "p1",
      elements: [
        { type: "comment", name: "problem", isRequired: true, maxLength: 800 },
        { type: "radiogroup", name: "area", choices: [{ value: "canteen", text: "食堂" }], showOtherItem: true },
        { type: "text", name: "email", inputType: "email", wenceContact: true, title: "如需回访，请留下邮箱" },
      ],
    },
  ],
};

async function publishedWithLink(json: Record<string, unknown>, schoolId: string) {
  const survey = await createSurvey({ title: "献一策", audiences: ["parent"], json });
  await publishSurvey(survey.id);
  const db = await getDb();
  await db.survey.update({ where: { id: survey.id }, data: { onePerDevice: false } });
  const [link] = await generateLinks(survey.id, [schoolId], ["parent"]);
  return { surveyId: survey.id, code: link!.code };
}

const submit = (code: string, data: unknown) =>
  submitRoute(new Request(`http://localhost/api/s/${code}/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: randomUUID(), data }) }), { params: Promise.resolve({ code }) });

const get = (route: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>, id: string, path: string, headers: Record<string, string>) =>
  route(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve({ id }) });

describe("free text at submission", () => {
  beforeEach(resetDatabase);

  it("stores only scrubbed text, everywhere, and keeps contact answers apart for the school's administrators", async () => {
    const [school] = await createSchools();
    const { surveyId, code } = await publishedWithLink(FOLLOW_UP_SURVEY, school!.id);
    const raw = "我叫张伟，电话１３８ １２３４ ５６７８，食堂饭菜太咸。";
    const response = await submit(code, { problem: raw, area: "other", "area-Comment": "QQ 283746192 联系我", email: "zhang.wei@example.com" });
    expect(response.status).toBe(201);
    const db = await getDb();
    const stored = await db.response.findFirstOrThrow({ where: { surveyId } });
    const everything = JSON.stringify([stored, await db.textAnswer.findMany(), await db.tally.findMany()]);
    for (const secret of ["张伟", "１３８", "1234", "283746192", "zhang.wei"]) expect(everything).not.toContain(secret);
    expect((stored.data as Record<string, unknown>).problem).toBe("我叫【姓名】，电话【电话】，食堂饭菜太咸。");
    expect((stored.data as Record<string, unknown>)["area-Comment"]).toBe("QQ 【QQ】 联系我");
    expect(stored.data).not.toHaveProperty("email");
    const texts = await db.textAnswer.findMany({ where: { surveyId }, orderBy: { question: "asc" } });
    expect(texts.map((t) => [t.question, t.text])).toEqual([
      ["area-Comment", "QQ 【QQ】 联系我"],
      ["problem", "我叫【姓名】，电话【电话】，食堂饭菜太咸。"],
    ]);
    const contact = await db.followUpContact.findFirstOrThrow();
    expect(contact).toMatchObject({ surveyId, schoolId: school!.id, question: "email", value: "zhang.wei@example.com" });
    expect(Object.keys(contact).sort()).toEqual(["id", "question", "schoolId", "surveyId", "value"]);

    const own = await createCaller("school_admin", school!.code);
    const res = await get(contactsRoute, surveyId, `/api/surveys/${surveyId}/contacts`, own.bearer);
    expect(await res.json()).toEqual({ surveyId, contacts: [{ question: "email", value: "zhang.wei@example.com" }] });
    const other = await createCaller("school_admin", "3132100002");
    expect(await (await get(contactsRoute, surveyId, `/api/surveys/${surveyId}/contacts`, other.bearer)).json()).toEqual({ surveyId, contacts: [] });
    for (const caller of [await createCaller("city_admin"), await createCaller("district_admin", "广陵区"), await createCaller("analyst", school!.code)]) {
      expect((await get(contactsRoute, surveyId, `/api/surveys/${surveyId}/contacts`, caller.bearer)).status).toBe(403);
    }
    const csv = await (await get(exportRoute, surveyId, `/api/surveys/${surveyId}/export?format=csv`, (await createCaller("city_admin")).bearer)).text();
    expect(csv).not.toContain("如需回访");
    expect(csv).not.toContain("zhang.wei");
  });

  it("a retry with the same raw answers is the same submission (the hash is of the scrubbed data)", async () => {
    const [school] = await createSchools();
    const { code } = await publishedWithLink(FOLLOW_UP_SURVEY, school!.id);
    const body = JSON.stringify({ id: randomUUID(), data: { problem: "手机13812345678，校车太挤" } });
    const post = () => submitRoute(new Request(`http://localhost/api/s/${code}/responses`, { method: "POST", headers: { "content-type": "application/json" }, body }), { params: Promise.resolve({ code }) });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(200);
    expect(await (await getDb()).textAnswer.count()).toBe(1);
  });
});

describe("texts API", () => {
  beforeEach(resetDatabase);

  async function arrange() {
    await createSchools();
    const survey = await createSurvey({ title: "测试", audiences: ["staff", "parent"], json: EVERY_TYPE_SURVEY });
    await publishSurvey(survey.id);
    const db = await getDb();
    await generateLinks(survey.id, (await db.orgUnit.findMany({ where: { kind: "school" } })).map((s) => s.id), ["staff", "parent"]);
    const canteen = ["食堂饭菜太咸", "午餐吃不饱", "食堂排队太久", "饭菜是凉的", "希望增加一个荤菜"];
    const traffic = ["校门口拥堵", "错峰放学可以缓解拥堵", "校车太少", "接送车辆乱停", "路口没有红绿灯"];
    const a = await createTextResponses(survey.id, "3132100001", "parent", Array.from({ length: 12 }, (_, i) => `${canteen[i % 5]}，联系我13912345678`));
    const b = await createTextResponses(survey.id, "3132100002", "parent", Array.from({ length: 12 }, (_, i) => traffic[i % 5]!));
    // Nine answers: below the free-text minimum of 10.
    const small = await createTextResponses(survey.id, "3132200001", "staff", Array.from({ length: 9 }, () => "作业太多，孩子写到十一点"));
    return { surveyId: survey.id, a, b, small };
  }

  const list = async (surveyId: string, query: string, headers: Record<string, string>) => {
    const res = await get(textsRoute, surveyId, `/api/surveys/${surveyId}/texts?${query}`, headers);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as TextList;
  };

  it("returns scrubbed answers with themes, filters by theme and words, and withholds units below the free-text minimum", async () => {
    const { surveyId } = await arrange();
    const city = await createCaller("city_admin");
    const all = await list(surveyId, "", city.bearer);
    expect(all).toMatchObject({ suppressed: false, withheld: 9, total: 24, pending: 0 });
    expect(all.items.some((i) => i.text.includes("作业"))).toBe(false);
    expect(all.items.every((i) => !/\d{5}/.test(i.text))).toBe(true);
    const canteen = await list(surveyId, "theme=canteen", city.bearer);
    expect(canteen.total).toBe(12);
    expect(canteen.items.every((i) => i.school.code === "3132100001" && i.themes.some((t) => t.code === "canteen"))).toBe(true);
    expect(canteen.items.find((i) => i.text.startsWith("食堂饭菜太咸"))!.text).toBe("食堂饭菜太咸，联系我【电话】");
    const traffic = await list(surveyId, "theme=traffic", city.bearer);
    expect(traffic.total).toBe(12);
    expect((await list(surveyId, "q=红绿灯", city.bearer)).total).toBe(2);
    const paged = await list(surveyId, "pageSize=10&page=3", city.bearer);
    expect(paged.items).toHaveLength(4);
  });

  it("answers suppressed, with nothing, for a school whose unit is below the minimum", async () => {
    const { surveyId } = await arrange();
    const res = await list(surveyId, "org=3132200001", (await createCaller("city_admin")).bearer);
    expect(res).toMatchObject({ suppressed: true, withheld: 9, total: 0, items: [] });
    const own = await list(surveyId, "", (await createCaller("analyst", "3132200001")).bearer);
    expect(own).toMatchObject({ suppressed: true, total: 0, items: [] });
  });

  it("counts themes and keywords per scope, and finds what sets a school apart from the city", async () => {
    const { surveyId } = await arrange();
    const city = await createCaller("city_admin");
    const summary = async (query: string) => (await (await get(summaryRoute, surveyId, `/api/surveys/${surveyId}/text-summary?${query}`, city.bearer)).json()) as TextSummary;
    const whole = await summary("");
    const count = (s: TextSummary, code: string) => s.themes.find((t) => t.code === code)!.count;
    expect(whole.answers).toBe(24);
    expect(count(whole, "canteen")).toBe(12);
    expect(count(whole, "traffic")).toBe(12);
    expect(count(whole, "homework_burden")).toBe(0);
    expect(whole.keywords.find((k) => k.keyword === "食堂")?.count).toBe(5);
    expect(whole.keywords.find((k) => k.keyword === "拥堵")?.count).toBe(6);
    expect(whole.keywords.some((k) => k.keyword === "作业")).toBe(false);
    expect(whole.distinctive).toEqual([]);
    const a = await summary("org=3132100001");
    expect(count(a, "traffic")).toBe(0);
    expect(a.distinctive.map((d) => d.keyword)).toContain("食堂");
    expect(a.distinctive.map((d) => d.keyword)).not.toContain("拥堵");
    const b = await summary("org=3132100002");
    expect(b.distinctive[0]?.keyword).toBe("拥堵");
  });

  it("keeps an analyst's correction when the taxonomy changes, and re-themes the other answers", async () => {
    const { surveyId, a } = await arrange();
    const analyst = await createCaller("analyst", "3132100001");
    const corrected = a.find((t) => t.text.startsWith("希望增加一个荤菜"))!;
    const put = await correctRoute(
      new Request(`http://localhost/api/texts/${corrected.id}/themes`, { method: "PUT", headers: { ...analyst.bearer, "content-type": "application/json" }, body: JSON.stringify({ themes: ["canteen", "fees"] }) }),
      { params: Promise.resolve({ id: String(corrected.id) }) },
    );
    expect(put.status, await put.clone().text()).toBe(200);
    const city = await createCaller("city_admin");
    const db = await getDb();
    const canteen = (await loadThemes(db)).find((t) => t.code === "canteen")!;
    // The canteen theme now only knows "排队": answers about salt and cold food lose it.
    const patch = await themeRoute(
      new Request(`http://localhost/api/themes/${canteen.id}`, { method: "PATCH", headers: { ...city.bearer, "content-type": "application/json" }, body: JSON.stringify({ keywords: ["排队"] }) }),
      { params: Promise.resolve({ id: canteen.id }) },
    );
    expect(patch.status).toBe(200);
    const after = await list(surveyId, "theme=canteen", city.bearer);
    const texts = after.items.map((i) => i.text);
    expect(texts.filter((t) => t.startsWith("食堂排队太久"))).toHaveLength(after.total - texts.filter((t) => t.startsWith("希望增加一个荤菜") ).length);
    expect(after.items.find((i) => i.id === corrected.id)).toMatchObject({ themesCorrected: true, themes: [{ code: "canteen" }, { code: "fees" }] });
    expect(texts.some((t) => t.startsWith("食堂饭菜太咸"))).toBe(false);
  });

  it("exports scrubbed free text", async () => {
    const { surveyId } = await arrange();
    const res = await get(exportRoute, surveyId, `/api/surveys/${surveyId}/export?format=csv`, (await createCaller("city_admin")).bearer);
    const csv = await res.text();
    expect(csv).toContain("联系我【电话】");
    expect(csv).not.toContain("13912345678");
    expect((parse(csv, { bom: true }) as string[][]).length).toBeGreaterThan(24);
  });
});
