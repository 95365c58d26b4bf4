import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { parseFilters } from "./analytics-filters";
import type { QuestionResult } from "./build-question-results";
import type { Labelled, QuestionMeta } from "./describe-questions";
import { loadAnalyticsScope } from "./load-analytics-scope";
import { crossTabByQuestion } from "./cross-tab-by-question";
import { summarizeGroups } from "./summarize-groups";

export interface CrossTabColumn {
  key: string;
  label: string;
  /** The question's result among the respondents of this column; `suppressed` when too few. */
  result: QuestionResult;
}

export interface CrossTab {
  question: { name: string; title: string; type: string; choices: Labelled[] };
  by: string;
  columns: CrossTabColumn[];
}

export interface CrossTabInput {
  surveyId: string;
  scopeOrgId: string;
  /** The question whose answers are tabulated. */
  question: string;
  /** "audience", "district", "stage", or the name of a single-choice question. */
  by: string;
  org?: string;
  audience?: string;
  stage?: string;
}

const TABULATED = new Set(["radiogroup", "dropdown", "checkbox", "tagbox", "boolean", "rating"]);
export const BY_QUESTION_TYPES = new Set(["radiogroup", "dropdown", "boolean", "rating"]);
const AUDIENCE_ORDER = ["staff", "student", "parent"];

function findQuestion(questions: QuestionMeta[], name: string, field: string, allowed: Set<string>): QuestionMeta {
  const q = questions.find((x) => x.name === name);
  if (!q || !(allowed.has(q.type) || (q.type === "text" && q.inputType === "number" && field === "question"))) {
    throw new AppError("BAD_REQUEST", `${field} 不是可交叉分析的选择题 (not a choice question of this survey)`, [{ field, message: "not a choice question of this survey" }]);
  }
  return q;
}

/**
 * A choice question broken down by audience, district, stage (from the tallies) or by another
 * single-choice question (from the responses). Columns below the minimum group size are withheld as
 * in summaries; see cross-tab-by-question.ts for the extra step the question case needs.
 */
export async function crossTabulate(db: Db, input: CrossTabInput): Promise<CrossTab> {
  const filters = parseFilters(input as unknown as Record<string, unknown>);
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, filters);
  const q = findQuestion(scope.questions, input.question, "question", TABULATED);
  const head = { name: q.name, title: q.title, type: q.type, choices: q.choices };
  if (!["audience", "district", "stage"].includes(input.by)) {
    const by = findQuestion(scope.questions, input.by, "by", BY_QUESTION_TYPES);
    return { question: head, by: input.by, columns: await crossTabByQuestion(db, scope, q, by) };
  }
  const groups = await summarizeGroups(db, scope, [q], (s, audience) => [input.by === "audience" ? audience : input.by === "district" ? s.districtName : (s.stage ?? "")]);
  const order =
    input.by === "audience"
      ? AUDIENCE_ORDER
      : input.by === "district"
        ? [...new Set(scope.schools.map((s) => s.districtName))].sort((a, b) => a.localeCompare(b, "zh-CN"))
        : [...new Set(scope.schools.map((s) => s.stage ?? ""))];
  const columns = order
    .map((key) => groups.find((g) => g.key === key))
    .filter((g) => g !== undefined)
    .map((g) => ({ key: g.key, label: g.key, result: g.questions[0]! }));
  return { question: head, by: input.by, columns };
}
