import { parseFilters } from "../analytics/analytics-filters";
import type { QuestionMeta } from "../analytics/describe-questions";
import { cellKey } from "../analytics/find-withheld";
import { loadAnalyticsScope, type AnalyticsScope } from "../analytics/load-analytics-scope";
import type { Db } from "../db/client";
import { zhCN } from "../i18n/zh-CN";

export interface TextUnit {
  schoolId: string;
  audience: string;
  question: string;
  answers: number;
}

/** Valid for every table that copies a text's survey, school, audience and question. */
export interface TextUnitWhere {
  surveyId: string;
  schoolId?: { in: string[] };
  OR?: { audience: string; question: string; schoolId: { in: string[] } }[];
}

export interface TextScope {
  scope: AnalyticsScope;
  /** Groups (school × audience) and questions with at least the free-text k answers: shown. */
  shown: TextUnit[];
  /** Answers in the selection that are not shown because their unit is too small. */
  withheld: number;
  /** A Prisma `where` for TextAnswer/TextTheme/KeywordCount rows of the shown units. */
  where: TextUnitWhere;
  questionTitle(question: string): string;
}

export interface TextScopeInput {
  surveyId: string;
  scopeOrgId: string;
  org?: string;
  audience?: string;
  question?: string;
}

/** The title a text column has: a question's, or its comment area's. */
export function textQuestionTitle(questions: QuestionMeta[], question: string): string {
  const q = questions.find((x) => x.name === question || x.commentKey === question);
  if (!q) return question;
  return q.name === question ? q.title : `${q.title}（${zhCN.exports.comment}）`;
}

/**
 * Which text answers of a survey the caller's scope and filters may show. The unit is a question
 * (or comment area) within a school × audience: shown only with at least the free-text k answers
 * (max(k, minTextGroupSize), docs/decisions/011), so a quote never comes from a small group. The
 * count per unit is read from the text answers themselves, because comment areas have no tally.
 */
export async function loadTextScope(db: Db, input: TextScopeInput): Promise<TextScope> {
  const filters = parseFilters({ org: input.org, audience: input.audience });
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, filters);
  const schoolIds = new Set(scope.schools.map((s) => s.id));
  const groups = await db.textAnswer.groupBy({
    by: ["schoolId", "audience", "question"],
    where: {
      surveyId: input.surveyId,
      ...(scope.allSchools ? {} : { schoolId: { in: [...schoolIds] } }),
      ...(filters.audience ? { audience: filters.audience } : {}),
      ...(input.question ? { question: input.question } : {}),
    },
    _count: { _all: true },
  });
  const units = groups.filter((g) => schoolIds.has(g.schoolId)).map((g) => ({ schoolId: g.schoolId, audience: g.audience, question: g.question, answers: g._count._all }));
  const shown = units.filter((u) => u.answers >= scope.thresholds.kText);
  const withheld = units.filter((u) => u.answers < scope.thresholds.kText).reduce((s, u) => s + u.answers, 0);
  // One clause per audience × question, listing its schools: a few clauses however many schools.
  const clauses = new Map<string, { audience: string; question: string; schools: string[] }>();
  for (const u of shown) {
    const key = cellKey(u.audience, u.question);
    const c = clauses.get(key) ?? clauses.set(key, { audience: u.audience, question: u.question, schools: [] }).get(key)!;
    c.schools.push(u.schoolId);
  }
  const where: TextUnitWhere =
    shown.length === 0
      ? { surveyId: input.surveyId, schoolId: { in: [] } }
      : { surveyId: input.surveyId, OR: [...clauses.values()].map((c) => ({ audience: c.audience, question: c.question, schoolId: { in: c.schools } })) };
  return { scope, shown, withheld, where, questionTitle: (q) => textQuestionTitle(scope.questions, q) };
}
