import type { Db } from "../db/client";
import { deriveTallies, RESPONSE_QUESTION } from "../responses/derive-tallies";
import { buildQuestionResults } from "./build-question-results";
import type { CrossTabColumn } from "./cross-tabulate";
import type { QuestionMeta } from "./describe-questions";
import { cellKey } from "./find-withheld";
import { addToUnit, answeredCount, thresholdFor } from "./group-rules";
import type { AnalyticsScope } from "./load-analytics-scope";
import { streamResponses } from "./stream-responses";
import { addValue, createValueTable, type ValueTable } from "./value-table";

const SKIPPED = "";

interface Atom {
  unit: { star: number; values: number };
  values: ValueTable;
}

/**
 * `q` by the answer to `by`, read from the responses (tallies do not pair two questions). Within
 * each school × audience, respondents split by their answer to `by`: a part with fewer than k
 * answers to `q` is hidden, and so are the next smallest parts until what is hidden reaches k (or
 * is everything), because the group's all-answers result is shown in summaries and the hidden part
 * would be that result minus the visible columns. Those who skipped `by` are never a column.
 */
export async function crossTabByQuestion(db: Db, scope: AnalyticsScope, q: QuestionMeta, by: QuestionMeta): Promise<CrossTabColumn[]> {
  const cells = new Map<string, { responses: number; atoms: Map<string, Atom> }>();
  const links = await db.distributionLink.findMany({ where: { surveyId: scope.surveyId, schoolId: { in: scope.schools.map((s) => s.id) }, ...(scope.filters.audience ? { audience: scope.filters.audience } : {}) }, select: { schoolId: true, audience: true } });
  const k = thresholdFor(scope.thresholds, q.type, q.inputType);
  for await (const page of streamResponses(db, { surveyId: scope.surveyId, cells: links })) {
    for (const r of page) {
      const key = cellKey(r.schoolId, r.audience);
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { responses: 0, atoms: new Map() }));
      cell.responses++;
      const answer = r.data[by.name];
      const x = answer === undefined || answer === null || answer === "" ? SKIPPED : String(answer);
      let atom = cell.atoms.get(x);
      if (!atom) cell.atoms.set(x, (atom = { unit: { star: 0, values: 0 }, values: createValueTable() }));
      for (const d of deriveTallies(scope.questionsByVersion.get(r.versionId)?.filter((i) => i.name === q.name) ?? [], r.data)) {
        if (d.question === RESPONSE_QUESTION) continue;
        addValue(atom.values, d);
        addToUnit(atom.unit, d.value, d.count);
      }
    }
  }
  const all = new Map<string, ValueTable>();
  const shown = new Map<string, ValueTable>();
  const table = (m: Map<string, ValueTable>, x: string) => m.get(x) ?? m.set(x, createValueTable()).get(x)!;
  for (const cell of cells.values()) {
    const answered = (a: Atom) => answeredCount(q.type, "", a.unit.star, a.unit.values);
    const atoms = [...cell.atoms].map(([x, a]) => ({ x, a, n: answered(a) }));
    const total = atoms.reduce((s, t) => s + t.n, 0);
    const visible = cell.responses >= scope.thresholds.k && total >= k ? atoms.filter((t) => t.x !== SKIPPED && t.n >= k).sort((a, b) => a.n - b.n) : [];
    let hidden = total - visible.reduce((s, t) => s + t.n, 0);
    while (hidden > 0 && hidden < k && visible.length > 0) hidden += visible.shift()!.n;
    for (const t of atoms) {
      if (t.x === SKIPPED) continue;
      for (const [question, rows] of t.a.values) for (const [row, values] of rows) for (const [value, v] of values) {
        const r = { question, row, value, count: v.count, sum: v.sum };
        addValue(table(all, t.x), r);
        if (visible.includes(t)) addValue(table(shown, t.x), r);
      }
    }
  }
  const keys = [...by.choices.map((c) => c.value), ...[...all.keys()].filter((x) => !by.choices.some((c) => c.value === x))];
  return keys
    .filter((x) => all.has(x))
    .map((x) => ({ key: x, label: by.choices.find((c) => c.value === x)?.text ?? x, result: buildQuestionResults([q], shown.get(x) ?? createValueTable(), all.get(x)!)[0]! }));
}
