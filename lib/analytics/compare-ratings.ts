import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { QuestionResult } from "./build-question-results";
import type { QuestionMeta } from "./describe-questions";
import { parseFilters } from "./analytics-filters";
import { loadAnalyticsScope } from "./load-analytics-scope";
import { countSelection, refuseIsolatingFilter } from "./refuse-isolating-filter";
import { summarizeGroups, type GroupResult } from "./summarize-groups";

/** A rating question, or a matrix row whose columns are numbers: something with a mean. */
export interface RatingItem {
  question: string;
  title: string;
  row?: string;
  rowTitle?: string;
}

export interface RatingComparison {
  items: RatingItem[];
  /** Per group (a school, its district, the city; or each district), one mean per item, null when withheld. */
  groups: { key: string; label: string; responses: number; means: (number | null)[] }[];
}

const isNumericMatrix = (q: QuestionMeta) => q.type === "matrix" && q.choices.length > 0 && q.choices.every((c) => c.value.trim() !== "" && Number.isFinite(Number(c.value)));

function ratingItems(questions: QuestionMeta[]): { rated: QuestionMeta[]; items: RatingItem[] } {
  const rated = questions.filter((q) => q.type === "rating" || isNumericMatrix(q));
  const items = rated.flatMap((q) =>
    q.type === "rating" ? [{ question: q.name, title: q.title }] : q.items.map((r) => ({ question: q.name, title: q.title, row: r.value, rowTitle: r.text })),
  );
  return { rated, items };
}

function meansOf(items: RatingItem[], results: QuestionResult[]): (number | null)[] {
  const byName = new Map(results.map((r) => [r.name, r]));
  return items.map((i) => {
    const r = byName.get(i.question);
    const m = i.row === undefined ? r?.mean : r?.rows?.[i.row]?.mean;
    return m ?? null;
  });
}

const toGroups = (results: GroupResult[], items: RatingItem[], order: string[], label: (key: string) => string) =>
  order
    .map((key) => results.find((g) => g.key === key))
    .filter((g) => g !== undefined)
    .map((g) => ({ key: g.key, label: label(g.key), responses: g.responses, means: meansOf(items, g.questions) }));

/**
 * A school's rating means against its district's and the city's (`school`: a school code in scope).
 * The reference groups are only as wide as the caller's scope (a district administrator sees the
 * school against the district, a school's own users the school alone): results never leave the
 * caller's unit, and a district mean beside a school's would otherwise let a school work out its
 * neighbours'. A school whose groups are all too small is refused, like any isolating filter.
 */
export async function compareSchool(db: Db, input: { surveyId: string; scopeOrgId: string; school: string; audience?: string }): Promise<RatingComparison> {
  const filters = parseFilters({ audience: input.audience });
  const own = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, { ...filters, org: input.school });
  const school = own.schools[0];
  if (own.unit.kind !== "school" || !school) throw new AppError("BAD_REQUEST", "请选择一所学校 (school must be a school code)", [{ field: "school", message: "not a school code" }]);
  refuseIsolatingFilter(await countSelection(db, own), filters.audience === undefined ? "school" : "audience", own.thresholds.k);
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, filters);
  const wide = scope.unit.kind !== "school";
  const { rated, items } = ratingItems(scope.questions);
  const results = await summarizeGroups(db, scope, rated, (s) => [
    ...(s.id === school.id ? ["school"] : []),
    ...(wide && s.districtId === school.districtId ? ["district"] : []),
    ...(scope.unit.kind === "city" ? ["city"] : []),
  ]);
  const labels: Record<string, string> = { school: school.name, district: school.districtName, city: scope.unit.name };
  return { items, groups: toGroups(results, items, ["school", "district", "city"], (k) => labels[k]!) };
}

/**
 * Districts against each other, each district wholly within the caller's scope (a school's users
 * have none: their one school is not its district).
 */
export async function compareDistricts(db: Db, input: { surveyId: string; scopeOrgId: string; audience?: string }): Promise<RatingComparison> {
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, parseFilters({ audience: input.audience }));
  const { rated, items } = ratingItems(scope.questions);
  if (scope.unit.kind === "school") return { items, groups: [] };
  const results = await summarizeGroups(db, scope, rated, (s) => [s.districtName]);
  const names = [...new Set(scope.schools.map((s) => s.districtName))].sort((a, b) => a.localeCompare(b, "zh-CN"));
  return { items, groups: toGroups(results, items, names, (k) => k) };
}
