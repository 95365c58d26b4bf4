import type { Db } from "../db/client";
import { RESPONSE_QUESTION } from "../responses/derive-tallies";
import { narrowestFilter, parseFilters } from "./analytics-filters";
import { buildQuestionResults, type QuestionResult } from "./build-question-results";
import type { QuestionMeta } from "./describe-questions";
import { cellKey, findWithheld, withheldReach, type Withheld } from "./find-withheld";
import { loadAnalyticsScope, type AnalyticsScope } from "./load-analytics-scope";
import { refuseIsolatingFilter } from "./refuse-isolating-filter";
import { readCells, readTotals, readUnits, tallyFilter, unitsOf } from "./read-tallies";
import { summarizeRange } from "./summarize-range";
import { addValue, createValueTable, type ValueTable } from "./value-table";

export interface SummaryInput {
  surveyId: string;
  /** The caller's scope: the city, a district or a school (an OrgUnit id). */
  scopeOrgId: string;
  /** A school code or a district name inside the scope. */
  org?: string;
  audience?: string;
  stage?: string;
  /** China calendar days, inclusive. */
  from?: string;
  to?: string;
}

export interface Summary {
  surveyId: string;
  title: string;
  org: { code: string; name: string; kind: string };
  /** The minimum group size in force for choice/numeric results and for free text. */
  minGroupSize: number;
  minTextGroupSize: number;
  /** All responses in the selection. */
  responses: number;
  /** True when no group in the selection reaches the minimum size: no answer is shown. */
  suppressed: boolean;
  /** Responses whose answers are left out because their group (school × audience) is too small. */
  withheld: number;
  questions: QuestionResult[];
}

export interface SummaryCore {
  responses: number;
  shownResponses: number;
  shown: ValueTable;
  all: ValueTable;
}

/** Responses in the selection, and those of groups big enough to show. */
function countResponses(withheld: Withheld): { responses: number; shownResponses: number } {
  let responses = 0;
  let shownResponses = 0;
  for (const [cell, n] of withheld.responses) {
    responses += n;
    if (!withheld.cells.has(cell)) shownResponses += n;
  }
  return { responses, shownResponses };
}

/** One school's all-time results: its few tally rows, read once and added up here. */
async function summarizeSchoolTallies(db: Db, scope: AnalyticsScope, questions: Map<string, QuestionMeta>): Promise<SummaryCore> {
  const cells = await readCells(db, tallyFilter(scope));
  const withheld = findWithheld(unitsOf(cells), questions, scope.thresholds);
  const all = createValueTable();
  // With nothing withheld, what is shown is all there is: one table read by both.
  const anyWithheld = withheld.cells.size > 0 || withheld.units.size > 0;
  const shown = anyWithheld ? createValueTable() : all;
  for (const r of cells) {
    addValue(all, r);
    // A withheld row still adds its key, at zero, as subtracting it does for several schools: a
    // matrix row answered only in withheld groups is listed as suppressed, not left out.
    if (anyWithheld) addValue(shown, r, r.question === RESPONSE_QUESTION || !withheld.has(cellKey(r.schoolId, r.audience), r.question, r.row) ? 1 : 0);
  }
  return { ...countResponses(withheld), shown, all };
}

/**
 * Many schools' all-time results: totals and answered counts grouped by the database (a city's
 * rows outnumber its totals sixtyfold), then the rows of withheld groups, if any, taken out.
 */
async function summarizeManyTallies(db: Db, scope: AnalyticsScope, questions: Map<string, QuestionMeta>): Promise<SummaryCore> {
  const filter = tallyFilter(scope);
  const [totals, units] = await Promise.all([readTotals(db, filter), readUnits(db, filter)]);
  const withheld = findWithheld(units, questions, scope.thresholds);
  const all = createValueTable();
  for (const r of totals) addValue(all, r);
  let shown = all;
  if (withheld.cells.size > 0 || withheld.units.size > 0) {
    shown = createValueTable();
    for (const r of totals) addValue(shown, r);
    const reach = withheldReach(withheld);
    const detail = await readCells(db, { ...filter, schoolIds: reach.schoolIds, ...(reach.questions ? { questions: reach.questions } : {}) });
    for (const r of detail) {
      if (r.question !== RESPONSE_QUESTION && withheld.has(cellKey(r.schoolId, r.audience), r.question, r.row)) addValue(shown, r, -1);
    }
  }
  return { ...countResponses(withheld), shown, all };
}

/** All-time results straight from the tallies: a few rows per school and value, however many responses. */
function summarizeTallies(db: Db, scope: AnalyticsScope): Promise<SummaryCore> {
  const questions = new Map(scope.questions.map((q) => [q.name, q]));
  return scope.schools.length === 1 ? summarizeSchoolTallies(db, scope, questions) : summarizeManyTallies(db, scope, questions);
}

/**
 * A survey's results for the caller's scope narrowed by the filters: response count, and per
 * question counts, means, medians, matrix rows and ranks, summed over the survey's versions. Groups
 * below the survey's minimum size are withheld everywhere (docs/decisions/011); a filter that leaves
 * only such groups is refused, naming the filter.
 */
export async function summarizeSurvey(db: Db, input: SummaryInput): Promise<Summary> {
  const filters = parseFilters(input as unknown as Record<string, unknown>);
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, filters);
  const ranged = filters.from !== undefined || filters.to !== undefined;
  const core = scope.schools.length === 0 ? null : ranged ? await summarizeRange(db, scope) : await summarizeTallies(db, scope);
  const responses = core?.responses ?? 0;
  const shownResponses = core?.shownResponses ?? 0;
  const suppressed = responses > 0 && shownResponses === 0;
  refuseIsolatingFilter({ responses, shownResponses }, narrowestFilter(filters), scope.thresholds.k);
  const empty = new Map() as ValueTable;
  return {
    surveyId: scope.surveyId,
    title: scope.surveyTitle,
    org: { code: scope.unit.code, name: scope.unit.name, kind: scope.unit.kind },
    minGroupSize: scope.thresholds.k,
    minTextGroupSize: scope.thresholds.kText,
    responses,
    suppressed,
    withheld: responses - shownResponses,
    questions: buildQuestionResults(scope.questions, core?.shown ?? empty, core?.all ?? empty),
  };
}
