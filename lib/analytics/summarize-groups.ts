import type { Db } from "../db/client";
import { RESPONSE_QUESTION } from "../responses/derive-tallies";
import { buildQuestionResults, type QuestionResult } from "./build-question-results";
import type { QuestionMeta } from "./describe-questions";
import { cellKey, findWithheld } from "./find-withheld";
import type { AnalyticsScope, SchoolInScope } from "./load-analytics-scope";
import { readCells, tallyFilter, unitsOf } from "./read-tallies";
import { addValue, createValueTable, type ValueTable } from "./value-table";

export interface GroupResult {
  key: string;
  responses: number;
  /** Responses of groups big enough to be shown. */
  shownResponses: number;
  questions: QuestionResult[];
}

/**
 * Results of some questions for several groupings of the same schools × audiences at once (by
 * district, stage, audience; a school against its district and city). Each school × audience is
 * wholly in or out of every group, as in a summary, so groups can be compared and subtracted safely.
 */
export async function summarizeGroups(
  db: Db,
  scope: AnalyticsScope,
  questions: QuestionMeta[],
  groupsOf: (school: SchoolInScope, audience: string) => string[],
): Promise<GroupResult[]> {
  const filter = { ...tallyFilter(scope), questions: [RESPONSE_QUESTION, ...questions.map((q) => q.name)] };
  const values = await readCells(db, filter);
  const withheld = findWithheld(unitsOf(values), new Map(questions.map((q) => [q.name, q])), scope.thresholds);
  const schools = new Map(scope.schools.map((s) => [s.id, s]));
  const groups = new Map<string, { all: ValueTable; shown: ValueTable; responses: number; shownResponses: number }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { all: createValueTable(), shown: createValueTable(), responses: 0, shownResponses: 0 }));
    return g;
  };
  for (const r of values) {
    const school = schools.get(r.schoolId);
    if (!school) continue;
    const cell = cellKey(r.schoolId, r.audience);
    for (const key of groupsOf(school, r.audience)) {
      const g = group(key);
      if (r.question === RESPONSE_QUESTION) {
        g.responses += r.count;
        if (!withheld.cells.has(cell)) g.shownResponses += r.count;
        continue;
      }
      addValue(g.all, r);
      if (!withheld.has(cell, r.question, r.row)) addValue(g.shown, r);
    }
  }
  return [...groups].map(([key, g]) => ({ key, responses: g.responses, shownResponses: g.shownResponses, questions: buildQuestionResults(questions, g.shown, g.all) }));
}
