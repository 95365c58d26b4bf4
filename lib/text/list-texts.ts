import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { analyzePendingTexts } from "./analyze-pending-texts";
import { loadTextScope, type TextScopeInput } from "./load-text-scope";
import { findThemeByCode, themeRevision } from "./theme-taxonomy";

export interface ListTextsInput extends TextScopeInput {
  /** A theme code. */
  theme?: string;
  /** Words the answer contains. */
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface TextItem {
  id: number;
  question: string;
  questionTitle: string;
  school: { code: string; name: string };
  audience: string;
  /** Scrubbed at submission: placeholders stand where personal data was. */
  text: string;
  themes: { code: string; name: string }[];
  themesCorrected: boolean;
  keywords: string[];
}

export interface TextList {
  surveyId: string;
  org: { code: string; name: string; kind: string };
  minTextGroupSize: number;
  /** No unit in the selection reaches the free-text minimum: no answer is shown. */
  suppressed: boolean;
  withheld: number;
  /** Answers of this survey still waiting for keyword and theme analysis. */
  pending: number;
  total: number;
  page: number;
  pageSize: number;
  items: TextItem[];
}

const ANALYZE_PER_REQUEST = 2_000;

/** Scrubbed free-text answers in the caller's scope, filtered and paged (GET /api/surveys/{id}/texts). */
export async function listTexts(db: Db, input: ListTextsInput): Promise<TextList> {
  await analyzePendingTexts(db, { surveyId: input.surveyId, limit: ANALYZE_PER_REQUEST });
  const ts = await loadTextScope(db, input);
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  let themeId: string | undefined;
  if (input.theme !== undefined) {
    const theme = await findThemeByCode(db, input.theme);
    if (!theme) throw new AppError("BAD_REQUEST", "未知的主题 (unknown theme)", [{ field: "theme", message: "no theme with this code" }]);
    themeId = theme.id;
  }
  const where = {
    ...ts.where,
    ...(themeId ? { themes: { some: { themeId } } } : {}),
    ...(input.q ? { text: { contains: input.q } } : {}),
  };
  const [total, rows, pending] = await Promise.all([
    db.textAnswer.count({ where }),
    db.textAnswer.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { themes: { include: { theme: { select: { code: true, name: true, position: true } } } } },
    }),
    db.textAnswer.count({ where: { surveyId: input.surveyId, themedRevision: { lt: await themeRevision(db) } } }),
  ]);
  const schools = new Map(ts.scope.schools.map((s) => [s.id, s]));
  const items = rows.map((r) => ({
    id: r.id,
    question: r.question,
    questionTitle: ts.questionTitle(r.question),
    school: { code: schools.get(r.schoolId)?.code ?? "", name: schools.get(r.schoolId)?.name ?? "" },
    audience: r.audience,
    text: r.text,
    themes: r.themes.map((t) => t.theme).sort((a, b) => a.position - b.position).map(({ code, name }) => ({ code, name })),
    themesCorrected: r.themesCorrected,
    keywords: Array.isArray(r.keywords) ? r.keywords.map(String) : [],
  }));
  return {
    surveyId: input.surveyId,
    org: { code: ts.scope.unit.code, name: ts.scope.unit.name, kind: ts.scope.unit.kind },
    minTextGroupSize: ts.scope.thresholds.kText,
    suppressed: ts.shown.length === 0 && ts.withheld > 0,
    withheld: ts.withheld,
    pending,
    total,
    page,
    pageSize,
    items,
  };
}
