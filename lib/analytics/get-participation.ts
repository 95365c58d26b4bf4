import type { Db } from "../db/client";
import { RESPONSE_QUESTION } from "../responses/derive-tallies";
import { parseFilters } from "./analytics-filters";
import { loadAnalyticsScope, type SchoolInScope } from "./load-analytics-scope";

export interface ParticipationRow {
  responses: number;
  /** Staff, students or parents the survey asks (per its links), from the org import. */
  headcount: number;
  /** responses / headcount; null without a headcount. */
  rate: number | null;
  belowTarget: boolean;
}

export interface SchoolParticipation extends ParticipationRow {
  id: string;
  code: string;
  name: string;
  stage: string | null;
  district: string;
}

export interface Participation {
  target: number;
  total: ParticipationRow;
  /** Lowest response rate first: the schools to remind. */
  schools: SchoolParticipation[];
  districts: (ParticipationRow & { name: string; schools: number; schoolsBelowTarget: number })[];
  /** Responses per China calendar day, every day from the first to the last. */
  daily: { day: string; responses: number }[];
}

export interface ParticipationInput {
  surveyId: string;
  scopeOrgId: string;
  org?: string;
  audience?: string;
  stage?: string;
  /** Response rate below which a school is flagged (0–1); default 0.6. */
  target?: number;
}

const headcountOf = (s: SchoolInScope, audience: string) => (audience === "staff" ? s.staffCount : audience === "student" ? s.studentCount : s.parentCount);

function row(responses: number, headcount: number, target: number): ParticipationRow {
  const rate = headcount > 0 ? responses / headcount : null;
  return { responses, headcount, rate, belowTarget: rate === null ? responses === 0 : rate < target };
}

/**
 * Participation for supervision: per school asked by the survey, responses against the headcount
 * of the audiences it has links for, flagged below the target; district rollups; a daily trend.
 * Response counts are not answers, so they are shown for groups of any size.
 */
export async function getParticipation(db: Db, input: ParticipationInput): Promise<Participation> {
  const filters = parseFilters(input as unknown as Record<string, unknown>);
  const target = input.target ?? 0.6;
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, filters);
  const versionIds = scope.versions.map((v) => v.id);
  const schoolIds = scope.schools.map((s) => s.id);
  const audience = filters.audience ? { audience: filters.audience } : {};
  const [links, counts, days] = await Promise.all([
    db.distributionLink.findMany({ where: { surveyId: scope.surveyId, schoolId: { in: schoolIds }, ...audience }, select: { schoolId: true, audience: true } }),
    db.tally.groupBy({ by: ["schoolId"], where: { versionId: { in: versionIds }, schoolId: { in: schoolIds }, question: RESPONSE_QUESTION, ...audience }, _sum: { count: true } }),
    db.dailyCount.groupBy({ by: ["day"], where: { versionId: { in: versionIds }, schoolId: { in: schoolIds }, ...audience }, _sum: { count: true }, orderBy: { day: "asc" } }),
  ]);
  const responses = new Map(counts.map((c) => [c.schoolId, c._sum.count ?? 0]));
  const headcount = new Map<string, number>();
  const bySchool = new Map(scope.schools.map((s) => [s.id, s]));
  for (const l of links) headcount.set(l.schoolId, (headcount.get(l.schoolId) ?? 0) + headcountOf(bySchool.get(l.schoolId)!, l.audience));
  const schools = scope.schools
    .filter((s) => headcount.has(s.id) || responses.has(s.id))
    .map((s) => ({ id: s.id, code: s.code, name: s.name, stage: s.stage, district: s.districtName, ...row(responses.get(s.id) ?? 0, headcount.get(s.id) ?? 0, target) }))
    .sort((a, b) => (a.rate ?? -1) - (b.rate ?? -1) || a.code.localeCompare(b.code));
  const districts = new Map<string, SchoolParticipation[]>();
  for (const s of schools) districts.set(s.district, [...(districts.get(s.district) ?? []), s]);
  const sum = (list: SchoolParticipation[], f: (s: SchoolParticipation) => number) => list.reduce((n, s) => n + f(s), 0);
  return {
    target,
    total: row(sum(schools, (s) => s.responses), sum(schools, (s) => s.headcount), target),
    schools,
    districts: [...districts].map(([name, list]) => ({
      name,
      schools: list.length,
      schoolsBelowTarget: list.filter((s) => s.belowTarget).length,
      ...row(sum(list, (s) => s.responses), sum(list, (s) => s.headcount), target),
    })),
    daily: fillDays(days.map((d) => ({ day: d.day, responses: d._sum.count ?? 0 }))),
  };
}

function fillDays(days: { day: string; responses: number }[]): { day: string; responses: number }[] {
  if (days.length === 0) return [];
  const out: { day: string; responses: number }[] = [];
  const byDay = new Map(days.map((d) => [d.day, d.responses]));
  for (let t = Date.parse(`${days[0]!.day}T00:00:00Z`), end = Date.parse(`${days.at(-1)!.day}T00:00:00Z`); t <= end; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, responses: byDay.get(day) ?? 0 });
  }
  return out;
}
