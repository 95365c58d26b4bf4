import { beforeEach, describe, expect, it } from "vitest";
import { compareDistricts, compareSchool } from "@/lib/analytics/compare-ratings";
import { crossTabulate } from "@/lib/analytics/cross-tabulate";
import { getParticipation } from "@/lib/analytics/get-participation";
import { getDb } from "@/lib/db/client";
import { answerMaker, expectedFor, insertPlaced, rawResponses, type Placed } from "../../helpers/analytics-oracle";
import { createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

// Per school (A, B, C) and audience: how many respond. A's staff (3) is a small group.
const PLAN: Record<string, number> = { "0:staff": 3, "0:parent": 30, "1:staff": 40, "1:parent": 25, "2:staff": 20, "2:parent": 60 };

async function setup() {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  const make = answerMaker(EVERY_TYPE_SURVEY, 11);
  const placed: Placed[] = [];
  for (const link of links) {
    const i = schools.findIndex((s) => s.id === link.schoolId);
    for (let j = 0; j < PLAN[`${i}:${link.audience}`]!; j++) placed.push({ link, data: make(0.2 + i * 0.3), at: new Date(Date.UTC(2026, 10, 1 + (j % 3) * 2, 3)) });
  }
  await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
  const db = await getDb();
  const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
  return { db, schools, survey, city, raw: await rawResponses(survey.surveyId) };
}

describe("participation, comparison and cross-tabs", () => {
  beforeEach(resetDatabase);

  it("participation: responses against headcounts per school, flagged below target, district rollups, daily trend", async () => {
    const { db, schools, survey, city } = await setup();
    const p = await getParticipation(db, { surveyId: survey.surveyId, scopeOrgId: city.id, target: 0.02 });
    // SMALL_CSV headcounts: A 80 staff / 2000 parents, B 100 / 2100, C 150 / 3200.
    const a = p.schools.find((s) => s.code === schools[0]!.code)!;
    expect(a).toMatchObject({ responses: 33, headcount: 2080, belowTarget: true });
    expect(a.rate).toBeCloseTo(33 / 2080, 9);
    expect(p.schools.map((s) => s.code)).toEqual([schools[0]!.code, schools[2]!.code, schools[1]!.code]);
    expect(p.schools.find((s) => s.code === schools[1]!.code)).toMatchObject({ responses: 65, headcount: 2200, belowTarget: false });
    expect(p.districts.map((d) => [d.name, d.responses, d.headcount, d.schoolsBelowTarget])).toEqual([["广陵区", 98, 4280, 1], ["邗江区", 80, 3350, 0]]);
    expect(p.total).toMatchObject({ responses: 178, headcount: 7630 });
    expect(p.daily).toEqual([{ day: "2026-11-01", responses: 61 }, { day: "2026-11-02", responses: 0 }, { day: "2026-11-03", responses: 59 }, { day: "2026-11-04", responses: 0 }, { day: "2026-11-05", responses: 58 }]);
    const staff = await getParticipation(db, { surveyId: survey.surveyId, scopeOrgId: city.id, audience: "staff" });
    expect(staff.total).toMatchObject({ responses: 63, headcount: 330 });
  });

  it("compares a school's rating means with its district and the city, and districts with each other", async () => {
    const { db, schools, survey, city, raw } = await setup();
    const mean = (rows: typeof raw) => expectedFor("rating", "satisfaction", rows.map((r) => r.data as Record<string, unknown>)).mean;
    const cmp = await compareSchool(db, { surveyId: survey.surveyId, scopeOrgId: city.id, school: schools[1]!.code });
    const at = cmp.items.findIndex((i) => i.question === "satisfaction");
    expect(cmp.items.filter((i) => i.question === "areas").map((i) => i.row)).toEqual(["teaching", "safety"]);
    const shown = raw.filter((r) => !(r.schoolId === schools[0]!.id && r.audience === "staff"));
    const inDistrict = (r: (typeof raw)[number]) => schools.find((s) => s.id === r.schoolId)!.parentId === schools[1]!.parentId;
    expect(cmp.groups.map((g) => g.key)).toEqual(["school", "district", "city"]);
    expect(cmp.groups[0]!.means[at]).toBeCloseTo(mean(shown.filter((r) => r.schoolId === schools[1]!.id))!, 9);
    expect(cmp.groups[1]!.means[at]).toBeCloseTo(mean(shown.filter(inDistrict))!, 9);
    expect(cmp.groups[2]!.means[at]).toBeCloseTo(mean(shown)!, 9);
    const districts = await compareDistricts(db, { surveyId: survey.surveyId, scopeOrgId: city.id });
    expect(districts.groups.map((g) => g.label)).toEqual(["广陵区", "邗江区"]);
    expect(districts.groups[1]!.means[at]).toBeCloseTo(mean(shown.filter((r) => !inDistrict(r)))!, 9);
  });

  it("cross-tabulates a choice question by audience, district and stage from the tallies", async () => {
    const { db, schools, survey, city, raw } = await setup();
    const counts = (rows: typeof raw) => expectedFor("checkbox", "issues", rows.map((r) => r.data as Record<string, unknown>)).counts;
    const shown = raw.filter((r) => !(r.schoolId === schools[0]!.id && r.audience === "staff"));
    const byAudience = await crossTabulate(db, { surveyId: survey.surveyId, scopeOrgId: city.id, question: "issues", by: "audience" });
    expect(byAudience.columns.map((c) => c.key)).toEqual(["staff", "parent"]);
    const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
    expect(nonZero(byAudience.columns[0]!.result.counts)).toEqual(counts(shown.filter((r) => r.audience === "staff")));
    expect(byAudience.columns[0]!.result.withheld).toBe(3);
    const byStage = await crossTabulate(db, { surveyId: survey.surveyId, scopeOrgId: city.id, question: "burden", by: "stage" });
    expect(byStage.columns.map((c) => c.key)).toEqual(["小学", "初中", "高中"]);
    const byDistrict = await crossTabulate(db, { surveyId: survey.surveyId, scopeOrgId: city.id, question: "satisfaction", by: "district" });
    expect(byDistrict.columns.map((c) => c.label)).toEqual(["广陵区", "邗江区"]);
    expect(await crossTabulate(db, { surveyId: survey.surveyId, scopeOrgId: city.id, question: "suggestion", by: "district" }).catch((e: unknown) => e)).toMatchObject({ issues: [{ field: "question" }] });
  });

  it("cross-tabulates by another choice question, hiding parts too small to show and enough others", async () => {
    const { db, survey, city, raw, schools } = await setup();
    const tab = await crossTabulate(db, { surveyId: survey.surveyId, scopeOrgId: city.id, question: "satisfaction", by: "burden" });
    expect(tab.columns.map((c) => c.label)).toEqual(["轻", "重"]);
    // Per school × audience, what is hidden is 0 or at least k, so the all-answers result minus the columns never shows a small group.
    const summaryAnswered = raw.filter((r) => !(r.schoolId === schools[0]!.id && r.audience === "staff") && (r.data as Record<string, unknown>).satisfaction !== undefined).length;
    const columnsAnswered = tab.columns.reduce((s, c) => s + c.result.answered, 0);
    expect(summaryAnswered - columnsAnswered === 0 || summaryAnswered - columnsAnswered >= 5).toBe(true);
    // One school's parents alone: each visible part has at least k answers.
    const one = await crossTabulate(db, { surveyId: survey.surveyId, scopeOrgId: city.id, org: schools[1]!.code, audience: "parent", question: "satisfaction", by: "burden" });
    for (const c of one.columns) expect(c.result.answered === 0 || c.result.answered >= 5).toBe(true);
    const heavy = raw.filter((r) => r.schoolId === schools[1]!.id && r.audience === "parent" && (r.data as Record<string, unknown>).burden === "heavy");
    const heavyCol = one.columns.find((c) => c.key === "heavy")!;
    if (!heavyCol.result.suppressed) expect(heavyCol.result.counts).toMatchObject(expectedFor("rating", "satisfaction", heavy.map((r) => r.data as Record<string, unknown>)).counts);
    expect(await crossTabulate(db, { surveyId: survey.surveyId, scopeOrgId: city.id, question: "satisfaction", by: "issues" }).catch((e: unknown) => e)).toMatchObject({ issues: [{ field: "by" }] });
  });
});
