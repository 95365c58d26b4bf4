import { beforeEach, describe, expect, it } from "vitest";
import { summarizeSurvey, type Summary } from "@/lib/analytics/summarize-survey";
import { getDb } from "@/lib/db/client";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { answerMaker, expectedFor, insertPlaced, rawResponses, type Placed } from "../../helpers/analytics-oracle";
import { createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

// k = 5 (the default), free text 10. School A's staff (3) and school C's parents (2) are small
// groups; among school B's staff only 2 answered "hours"; school C's staff wrote 7 comments.
const PLAN: Record<string, number> = { "0:staff": 3, "0:parent": 20, "1:staff": 20, "1:parent": 20, "2:staff": 20, "2:parent": 2 };

async function setup() {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  const make = answerMaker(EVERY_TYPE_SURVEY, 3);
  const placed: Placed[] = [];
  for (const link of links) {
    const n = PLAN[`${schools.findIndex((s) => s.id === link.schoolId)}:${link.audience}`]!;
    for (let j = 0; j < n; j++) {
      const data = { ...make(), hours: j % 10, suggestion: `意见 ${j}` } as Record<string, unknown>;
      if (link.schoolId === schools[1]!.id && link.audience === "staff" && j >= 2) delete data.hours;
      if (link.schoolId === schools[2]!.id && link.audience === "staff" && j >= 7) delete data.suggestion;
      placed.push({ link, data, at: new Date(Date.UTC(2026, 10, 1, j % 24)) });
    }
  }
  await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
  const db = await getDb();
  const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
  const districts = await db.orgUnit.findMany({ where: { kind: "district" }, orderBy: { code: "asc" } });
  const base = { surveyId: survey.surveyId, scopeOrgId: city.id };
  const summarize = (f: { org?: string; audience?: string; from?: string; to?: string } = {}) => summarizeSurvey(db, { ...base, ...f });
  return { schools, survey, summarize, districts: districts.map((d) => d.code) as [string, string] };
}

/** Per question and value: a − Σ others. Zero everywhere means subtracting reveals nothing. */
function difference(a: Summary, ...others: Summary[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const q of a.questions) {
    const add = (key: string, n: number) => (out[key] = (out[key] ?? 0) + n);
    const visit = (s: Summary, sign: number) => {
      const r = s.questions.find((x) => x.name === q.name)!;
      add(`${q.name}:answered`, sign * r.answered);
      for (const [v, n] of Object.entries(r.counts)) add(`${q.name}=${v}`, sign * n);
      for (const [row, rr] of Object.entries(r.rows ?? {})) for (const [v, n] of Object.entries(rr.counts)) add(`${q.name}.${row}=${v}`, sign * n);
    };
    visit(a, 1);
    for (const o of others) visit(o, -1);
  }
  return Object.fromEntries(Object.entries(out).filter(([, n]) => n !== 0));
}

describe("minimum group size and complementary suppression", () => {
  beforeEach(resetDatabase);

  it("leaves the answers of small groups out of every total, and counts them as withheld", async () => {
    const { schools, survey, summarize } = await setup();
    const raw = await rawResponses(survey.surveyId);
    const city = await summarize();
    expect(city.responses).toBe(85);
    expect(city.withheld).toBe(5);
    const isSmall = (r: (typeof raw)[number]) => (r.schoolId === schools[0]!.id && r.audience === "staff") || (r.schoolId === schools[2]!.id && r.audience === "parent");
    const kept = raw.filter((r) => !isSmall(r));
    const shown = kept.map((r) => r.data as Record<string, unknown>);
    const burden = city.questions.find((q) => q.name === "burden")!;
    expect(burden.counts).toEqual({ light: 0, heavy: 0, ...expectedFor("radiogroup", "burden", shown).counts });
    // B's staff answered "hours" twice: those two answers are in no total (nor the 3 + 2 of the small groups).
    const hours = city.questions.find((q) => q.name === "hours")!;
    const hoursShown = kept.filter((r) => !(r.schoolId === schools[1]!.id && r.audience === "staff")).map((r) => r.data as Record<string, unknown>);
    expect(hours.answered).toBe(expectedFor("text", "hours", hoursShown).answered);
    expect(hours.counts).toEqual(expectedFor("text", "hours", hoursShown).counts);
    expect(hours.withheld).toBe(2 + 3 + 2);
    // Free text needs 10: C's staff wrote 7 comments.
    expect(city.questions.find((q) => q.name === "suggestion")!.withheld).toBe(7 + 3 + 2);
  });

  it("lists a matrix row that only a withheld group answered, in a version since replaced, as suppressed: for a school as for its district", async () => {
    const schools = await createSchools();
    const survey = await createPublishedSurvey();
    const links = await createLinks(survey.surveyId, [schools[0]!.id], survey.audiences);
    const make = answerMaker(EVERY_TYPE_SURVEY, 4);
    // School A: 3 staff (a withheld group) rate both rows; 20 parents rate only "teaching".
    const placed: Placed[] = links.flatMap((link) =>
      Array.from({ length: link.audience === "staff" ? 3 : 20 }, () => {
        const data = make() as Record<string, unknown>;
        data.areas = link.audience === "staff" ? { teaching: 4, safety: 2 } : { teaching: 3 };
        return { link, data, at: new Date(Date.UTC(2026, 10, 1, 3)) };
      }),
    );
    await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
    // Version 2 drops the "safety" row.
    const v2 = structuredClone(EVERY_TYPE_SURVEY) as { pages: { elements: { name: string; rows?: { value: string }[] }[] }[] };
    const matrix = v2.pages.flatMap((p) => p.elements).find((e) => e.name === "areas")!;
    matrix.rows = matrix.rows!.filter((r) => r.value !== "safety");
    const db = await getDb();
    await db.surveyVersion.create({ data: { surveyId: survey.surveyId, number: 2, json: v2 } });
    await publishSurvey(survey.surveyId);
    const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
    const areasOf = async (org: string) => (await summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: city.id, org })).questions.find((q) => q.name === "areas")!;
    const school = await areasOf(schools[0]!.code);
    const district = await areasOf((await db.orgUnit.findUniqueOrThrow({ where: { id: schools[0]!.parentId! } })).code);
    expect(school.rows!.safety).toMatchObject({ answered: 0, suppressed: true });
    expect(school.rows).toEqual(district.rows);
    expect(school.rows!.teaching!.answered).toBe(20);
  });

  it("a district minus its other schools, and the city minus its other districts, reveal nothing", async () => {
    const { schools, summarize, districts } = await setup();
    const [d1, d2] = districts;
    const district1 = await summarize({ org: d1 });
    const a = await summarize({ org: schools[0]!.code });
    const b = await summarize({ org: schools[1]!.code });
    expect(difference(district1, b)).toEqual(difference(a));
    expect(difference(district1, a, b)).toEqual({});
    expect(difference(await summarize(), await summarize({ org: d2 }), district1)).toEqual({});
    expect(difference(await summarize({ org: d2 }), await summarize({ org: schools[2]!.code }))).toEqual({});
  });

  it("all audiences minus the other audiences reveals nothing", async () => {
    const { schools, summarize } = await setup();
    const a = await summarize({ org: schools[0]!.code });
    expect(a.responses).toBe(23);
    expect(difference(a, await summarize({ org: schools[0]!.code, audience: "parent" }))).toEqual({});
    const city = await summarize();
    expect(difference(city, await summarize({ audience: "parent" }), await summarize({ audience: "staff" }))).toEqual({});
  });

  it("refuses a filter that isolates a small group, naming the filter", async () => {
    const { schools, summarize } = await setup();
    expect(await summarize({ org: schools[0]!.code, audience: "staff" }).catch((e: unknown) => e)).toMatchObject({ code: "VALIDATION", issues: [{ field: "audience" }] });
    expect(await summarize({ org: schools[2]!.code, audience: "parent" }).catch((e: unknown) => e)).toMatchObject({ code: "VALIDATION", issues: [{ field: "audience" }] });
    const hoursOfB = (await summarize({ org: schools[1]!.code, audience: "staff" })).questions.find((q) => q.name === "hours")!;
    expect(hoursOfB).toMatchObject({ answered: 0, suppressed: true, withheld: 2, counts: {} });
  });

  it("shows a caller whose whole scope is a small group that its results are suppressed", async () => {
    const { schools, survey } = await setup();
    const db = await getDb();
    const staffOnly = await summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: schools[0]!.id, audience: undefined });
    expect(staffOnly.suppressed).toBe(false);
    await db.survey.update({ where: { id: survey.surveyId }, data: { minGroupSize: 21 } });
    const small = await summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: schools[0]!.id });
    expect(small).toMatchObject({ responses: 23, suppressed: true, withheld: 23 });
    expect(small.questions.every((q) => q.suppressed === true && q.answered === 0 && Object.keys(q.counts).length === 0)).toBe(true);
  });
});

describe("date ranges", () => {
  beforeEach(resetDatabase);

  // One group answering on five days: 6, 2, 9, 1, 7. Blocks of ≥ 5: {1}, {2,3}, {4,5}.
  const PER_DAY = [6, 2, 9, 1, 7];
  const DAYS = PER_DAY.map((_, i) => `2026-11-0${i + 1}`);

  async function setupDays() {
    const schools = await createSchools();
    const survey = await createPublishedSurvey({ audiences: ["staff"] });
    const [link] = await createLinks(survey.surveyId, [schools[0]!.id], ["staff"]);
    const make = answerMaker(EVERY_TYPE_SURVEY, 5);
    const placed = PER_DAY.flatMap((n, d) => Array.from({ length: n }, () => ({ link: link!, data: { ...make(), burden: "heavy" }, at: new Date(Date.UTC(2026, 10, 1 + d, 2)) })));
    await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
    const db = await getDb();
    const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
    return (f: { from?: string; to?: string }) => summarizeSurvey(db, { surveyId: survey.surveyId, scopeOrgId: city.id, ...f });
  }

  it("two ranges, one inside the other, never differ by fewer than k responses or answers", async () => {
    const summarize = await setupDays();
    const shown: { from: number; to: number; s: Summary }[] = [];
    let refused = 0;
    for (let f = 0; f < DAYS.length; f++) {
      for (let t = f; t < DAYS.length; t++) {
        const s = await summarize({ from: DAYS[f], to: DAYS[t] }).catch((e: unknown) => e);
        if (s instanceof Error) {
          expect(s).toMatchObject({ code: "VALIDATION", issues: [{ field: "from" }] });
          refused++;
        } else shown.push({ from: f, to: t, s: s as Summary });
      }
    }
    shown.push({ from: 0, to: DAYS.length - 1, s: await summarize({}) });
    // Ranges cutting a block are refused: [2, 2] alone holds 2 responses.
    expect(refused).toBeGreaterThan(0);
    expect(shown.map((x) => `${x.from}-${x.to}`)).toContain("1-2");
    for (const outer of shown) {
      for (const inner of shown) {
        if (inner === outer || inner.from < outer.from || inner.to > outer.to) continue;
        const gap = outer.s.responses - outer.s.withheld - (inner.s.responses - inner.s.withheld);
        expect(gap === 0 || gap >= 5, `${outer.from}-${outer.to} vs ${inner.from}-${inner.to}`).toBe(true);
        for (const [key, n] of Object.entries(difference(outer.s, inner.s))) expect(Math.abs(n) >= 5 || key.includes("=") || key.includes("."), key).toBe(true);
        const heavy = (s: Summary) => s.questions.find((q) => q.name === "burden")!.counts.heavy ?? 0;
        const d = heavy(outer.s) - heavy(inner.s);
        expect(d === 0 || d >= 5).toBe(true);
      }
    }
  });
});
