import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { QuestionResult } from "./build-question-results";
import type { QuestionMeta } from "./describe-questions";
import { parseFilters } from "./analytics-filters";
import { loadAnalyticsScope } from "./load-analytics-scope";
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

/** A school's rating means against its district's and the city's (`school`: a school code in scope). */
export async function compareSchool(db: Db, input: { surveyId: string; scopeOrgId: string; school: string; audience?: string }): Promise<RatingComparison> {
  const own = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, { org: input.school });
  const school = own.schools[0];
  if (own.unit.kind !== "school" || !school) throw new AppError("BAD_REQUEST", "请选择一所学校 (school must be a school code)", [{ field: "school", message: "not a school code" }]);
  // The comparison groups are wider than the caller's scope but are aggregates, withheld alike.
  const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" }, select: { id: true, name: true } });
  const scope = await loadAnalyticsScope(db, input.surveyId, city.id, parseFilters({ audience: input.audience }));
  const { rated, items } = ratingItems(scope.questions);
  const results = await summarizeGroups(db, scope, rated, (s) => [...(s.id === school.id ? ["school"] : []), ...(s.districtId === school.districtId ? ["district"] : []), "city"]);
  const labels: Record<string, string> = { school: school.name, district: school.districtName, city: city.name };
  return { items, groups: toGroups(results, items, ["school", "district", "city"], (k) => labels[k]!) };
}

/** Districts against each other, within the caller's scope. */
export async function compareDistricts(db: Db, input: { surveyId: string; scopeOrgId: string; audience?: string }): Promise<RatingComparison> {
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, parseFilters({ audience: input.audience }));
  const { rated, items } = ratingItems(scope.questions);
  const results = await summarizeGroups(db, scope, rated, (s) => [s.districtName]);
  const names = [...new Set(scope.schools.map((s) => s.districtName))].sort((a, b) => a.localeCompare(b, "zh-CN"));
  return { items, groups: toGroups(results, items, names, (k) => k) };
}
