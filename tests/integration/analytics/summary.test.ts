import { beforeEach, describe, expect, it } from "vitest";
import { summarizeSurvey, type Summary } from "@/lib/analytics/summarize-survey";
import { getDb } from "@/lib/db/client";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { answerMaker, expectedFor, insertPlaced, rawResponses, type Placed } from "../../helpers/analytics-oracle";
import { createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

// Version 2 adds a question and the "other" and "none" items to the checkbox.
const V2 = structuredClone(EVERY_TYPE_SURVEY) as typeof EVERY_TYPE_SURVEY;
const issues = V2.pages[0]!.elements[2] as Record<string, unknown>;
Object.assign(issues, { showOtherItem: true, showNoneItem: true, title: "问题（第二版）" });
V2.pages[0]!.elements.push({ type: "dropdown", name: "grade", choices: ["低", "中", "高"] } as never);

const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n !== 0));

function expectMatches(summary: Summary, responses: { data: unknown }[]) {
  const data = responses.map((r) => r.data as Record<string, unknown>);
  expect(summary.responses).toBe(data.length);
  expect(summary.suppressed).toBe(false);
  for (const q of summary.questions) {
    const want = expectedFor(q.type, q.name, data);
    expect(q.answered, q.name).toBe(want.answered);
    expect(nonZero(q.counts), q.name).toEqual(q.type === "ranking" ? nonZero(Object.fromEntries(Object.entries(want.firstPlaceShare!).map(([k, s]) => [k, Math.round(s * want.answered)]))) : want.counts);
    if (want.mean !== undefined) expect(q.mean, q.name).toBeCloseTo(want.mean, 9);
    if (want.median !== undefined) expect(q.median, q.name).toBe(want.median);
    for (const [row, r] of Object.entries(want.rows ?? {})) {
      expect(nonZero(q.rows![row]!.counts), `${q.name}.${row}`).toEqual(r.counts);
      expect(q.rows![row]!.mean).toBeCloseTo(r.mean!, 9);
    }
    for (const [item, r] of Object.entries(want.meanRank ?? {})) expect(q.meanRank![item], `${q.name}.${item}`).toBeCloseTo(r, 9);
    for (const [item, s] of Object.entries(want.firstPlaceShare ?? {})) expect(q.firstPlaceShare![item]).toBeCloseTo(s, 9);
  }
}

async function setup() {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  const make1 = answerMaker(EVERY_TYPE_SURVEY, 7);
  const placed: Placed[] = [];
  links.forEach((link, i) => {
    for (let j = 0; j < 25 + i * 3; j++) placed.push({ link, data: make1(), at: new Date(Date.UTC(2026, 10, 1 + (j % 5), j % 24)) });
  });
  await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
  const db = await getDb();
  await db.surveyVersion.create({ data: { surveyId: survey.surveyId, number: 2, json: V2 as object } });
  const v2 = await publishSurvey(survey.surveyId);
  const make2 = answerMaker(V2, 8);
  await insertPlaced(survey.surveyId, v2.versionId, V2, links.map((link) => ({ link, data: make2(), at: new Date(Date.UTC(2026, 10, 6)) })).flatMap((p) => Array.from({ length: 8 }, () => ({ ...p, data: make2() }))));
  // The synthesizer never ticks the special items.
  const special = [{ burden: "light", issues: ["none"] }, { burden: "heavy", issues: ["fees", "other"], "issues-Comment": "校车" }];
  await insertPlaced(survey.surveyId, v2.versionId, V2, links.flatMap((link) => special.map((data) => ({ link, data, at: new Date(Date.UTC(2026, 10, 6)) }))));
  const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
  // Exact equality with raw counts needs every group shown; small groups are tests/…/suppression.test.ts.
  await db.survey.update({ where: { id: survey.surveyId }, data: { minGroupSize: 1, minTextGroupSize: 1 } });
  return { schools, survey, links, city };
}

describe("summarizeSurvey", () => {
  beforeEach(resetDatabase);

  it("equals counts computed from the raw responses, summed over versions, for the city, a district, a school and an audience", async () => {
    const { schools, survey, city } = await setup();
    const db = await getDb();
    const raw = await rawResponses(survey.surveyId);
    const base = { surveyId: survey.surveyId, scopeOrgId: city.id };

    const whole = await summarizeSurvey(db, base);
    expectMatches(whole, raw);
    expect(whole.withheld).toBe(0);
    expect(whole.questions.map((q) => q.name)).toEqual(["burden", "issues", "satisfaction", "would_recommend", "hours", "grade", "areas", "priorities", "suggestion"]);
    expect(whole.questions.find((q) => q.name === "issues")!.title).toBe("问题（第二版）");
    expect(whole.questions.find((q) => q.name === "issues")!.choices.map((c) => c.value)).toEqual(["canteen", "traffic", "fees", "none", "other"]);

    const district = schools[0]!.parentId!;
    const guangling = await db.orgUnit.findUniqueOrThrow({ where: { id: district } });
    expectMatches(await summarizeSurvey(db, { ...base, org: guangling.code }), raw.filter((r) => schools.filter((s) => s.parentId === district).some((s) => s.id === r.schoolId)));
    expectMatches(await summarizeSurvey(db, { ...base, org: schools[2]!.code }), raw.filter((r) => r.schoolId === schools[2]!.id));
    expectMatches(await summarizeSurvey(db, { ...base, audience: "parent" }), raw.filter((r) => r.audience === "parent"));
    expectMatches(await summarizeSurvey(db, { ...base, stage: "初中" }), raw.filter((r) => r.schoolId === schools[1]!.id));
  });

  it("answers a date range from the responses, equal to a raw count over those days", async () => {
    const { survey, city, schools } = await setup();
    const db = await getDb();
    const raw = await rawResponses(survey.surveyId);
    const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const within = (from: string, to: string) => raw.filter((r) => day(r.submittedAt) >= from && day(r.submittedAt) <= to);
    expectMatches(await summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: city.id, from: "2026-11-02", to: "2026-11-04" }), within("2026-11-02", "2026-11-04"));
    expectMatches(
      await summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: city.id, org: schools[0]!.code, from: "2026-11-05" }),
      within("2026-11-05", "9999-12-31").filter((r) => r.schoolId === schools[0]!.id),
    );
  });

  it("refuses unknown surveys and orgs (404) and bad filters (400), naming the field", async () => {
    const { survey, city } = await setup();
    const db = await getDb();
    const fail = (input: Record<string, string>) => summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: city.id, ...input }).catch((e: unknown) => e);
    expect(await summarizeSurvey(db, { surveyId: "nope", scopeOrgId: city.id }).catch((e: unknown) => e)).toMatchObject({ code: "NOT_FOUND", issues: [{ field: "id" }] });
    expect(await fail({ org: "0000" })).toMatchObject({ code: "NOT_FOUND", issues: [{ field: "org" }] });
    expect(await fail({ audience: "alien" })).toMatchObject({ code: "BAD_REQUEST", issues: [{ field: "audience" }] });
    expect(await fail({ from: "2026-13-01" })).toMatchObject({ code: "BAD_REQUEST", issues: [{ field: "from" }] });
    expect(await fail({ from: "2026-11-05", to: "2026-11-01" })).toMatchObject({ code: "BAD_REQUEST", issues: [{ field: "from" }] });
  });

  it("keeps a district's caller out of other districts", async () => {
    const { survey, schools } = await setup();
    const db = await getDb();
    const other = schools.find((s) => s.parentId !== schools[0]!.parentId)!;
    const result = await summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: schools[0]!.parentId!, org: other.code }).catch((e: unknown) => e);
    expect(result).toMatchObject({ code: "NOT_FOUND", issues: [{ field: "org" }] });
  });
});
