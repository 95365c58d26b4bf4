import type { Db } from "../db/client";
import { analyzePendingTexts } from "./analyze-pending-texts";
import { distinctiveKeywords, type KeywordScore } from "./distinctive-keywords";
import { loadTextScope, type TextScopeInput } from "./load-text-scope";
import { loadThemes } from "./theme-taxonomy";

export interface TextSummary {
  surveyId: string;
  org: { code: string; name: string; kind: string };
  minTextGroupSize: number;
  suppressed: boolean;
  /** Text answers shown, and left out as too small a unit. */
  answers: number;
  withheld: number;
  /** Per theme, answers that have it (an answer may have several). */
  themes: { code: string; name: string; count: number }[];
  /** Most frequent keywords: answers containing each. */
  keywords: { keyword: string; count: number }[];
  /** Keywords this unit uses more than the rest of the city (none for the city itself). */
  distinctive: KeywordScore[];
}

const sumByKeyword = (rows: { keyword: string; _sum: { count: number | null } }[]) => new Map(rows.map((r) => [r.keyword, r._sum.count ?? 0]));

/**
 * Counts per theme and keyword frequencies for the caller's scope and filters, from the shown units
 * only (GET /api/surveys/{id}/text-summary); and, for a school or district, the keywords that set it
 * apart from the rest of the city, computed on the city's shown units.
 */
export async function summarizeTexts(db: Db, input: TextScopeInput & { top?: number }): Promise<TextSummary> {
  await analyzePendingTexts(db, { surveyId: input.surveyId, limit: 2_000 });
  const ts = await loadTextScope(db, input);
  const top = input.top ?? 50;
  const themes = await loadThemes(db);
  const [themeRows, keywordRows] = await Promise.all([
    db.textTheme.groupBy({ by: ["themeId"], where: ts.where, _count: { _all: true } }),
    db.keywordCount.groupBy({ by: ["keyword"], where: ts.where, _sum: { count: true } }),
  ]);
  const themeCount = new Map(themeRows.map((r) => [r.themeId, r._count._all]));
  const unitKeywords = sumByKeyword(keywordRows);
  const answers = ts.shown.reduce((s, u) => s + u.answers, 0);
  let distinctive: KeywordScore[] = [];
  if (ts.scope.unit.kind !== "city" && answers > 0) {
    const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" }, select: { id: true } });
    const all = await loadTextScope(db, { surveyId: input.surveyId, scopeOrgId: city.id, audience: input.audience, question: input.question });
    const cityRows = await db.keywordCount.groupBy({ by: ["keyword"], where: all.where, _sum: { count: true } });
    const cityKeywords = sumByKeyword(cityRows);
    const rest = new Map([...cityKeywords].map(([k, n]) => [k, n - (unitKeywords.get(k) ?? 0)]));
    const cityAnswers = all.shown.reduce((s, u) => s + u.answers, 0);
    distinctive = distinctiveKeywords(unitKeywords, answers, rest, cityAnswers - answers, 20);
  }
  return {
    surveyId: input.surveyId,
    org: { code: ts.scope.unit.code, name: ts.scope.unit.name, kind: ts.scope.unit.kind },
    minTextGroupSize: ts.scope.thresholds.kText,
    suppressed: ts.shown.length === 0 && ts.withheld > 0,
    answers,
    withheld: ts.withheld,
    themes: themes.filter((t) => t.active).map((t) => ({ code: t.code, name: t.name, count: themeCount.get(t.id) ?? 0 })),
    keywords: [...unitKeywords].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh-CN")).slice(0, top).map(([keyword, count]) => ({ keyword, count })),
    distinctive,
  };
}
