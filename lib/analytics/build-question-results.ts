import { ANSWERED } from "../responses/derive-tallies";
import type { Labelled, QuestionMeta } from "./describe-questions";
import { answeredCount, isFreeText } from "./group-rules";
import type { ValueTable } from "./value-table";

export interface RowResult {
  answered: number;
  counts: Record<string, number>;
  mean?: number;
  median?: number;
  suppressed?: true;
}

/** One question's result, in the shape of the summary API (docs/openapi.yaml). */
export interface QuestionResult {
  name: string;
  type: string;
  /** SurveyJS inputType of a text question ("number": a numeric answer; otherwise free text). */
  inputType?: string;
  title: string;
  /** Respondents who answered, in the groups shown. */
  answered: number;
  /** Per value: respondents (checkbox: who ticked it; ranking: first places). */
  counts: Record<string, number>;
  mean?: number;
  median?: number;
  /** Matrix rows, or ranking items with the distribution of their ranks. */
  rows?: Record<string, RowResult>;
  meanRank?: Record<string, number>;
  firstPlaceShare?: Record<string, number>;
  /** No group answering it reaches the minimum size: nothing is shown. */
  suppressed?: true;
  /** Answers left out because their group is below the minimum size. */
  withheld?: number;
  choices: Labelled[];
  items?: Labelled[];
}

type Values = Map<string, { count: number; sum: number }>;

function numericStats(values: Values): { mean?: number; median?: number } {
  // Loops rather than spread/filter/map: this runs per numeric question and matrix row on every
  // summary, and its garbage was a tenth of a school summary's (decision 020).
  const dist: [number, number][] = [];
  let n = 0;
  for (const [v, c] of values) {
    if (v === ANSWERED || c.count <= 0 || v.trim() === "") continue;
    const x = Number(v);
    if (!Number.isFinite(x)) continue;
    dist.push([x, c.count]);
    n += c.count;
  }
  if (n === 0) return {};
  dist.sort((a, b) => a[0] - b[0]);
  // Summed in value order, so the mean does not depend on the order the tallies were read in.
  let total = 0;
  for (const [v, c] of dist) total += v * c;
  const at = (pos: number) => {
    let seen = 0;
    for (const [v, c] of dist) if ((seen += c) >= pos) return v;
    return dist.at(-1)![0];
  };
  const median = n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
  return { mean: total / n, median };
}

const countOf = (values: Values | undefined) => {
  let n = 0;
  for (const c of values?.values() ?? []) n += c.count;
  return n;
};

/** Counts in the order of the choices, then any other values seen (e.g. from an older version). */
function countsOf(values: Values | undefined, choices: Labelled[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of choices) out[c.value] = 0;
  for (const [v, c] of values ?? []) if (v !== ANSWERED && c.count > 0) out[v] = c.count;
  return out;
}

const NUMERIC = new Set(["rating", "matrix"]);

function rowResults(q: QuestionMeta, rows: Map<string, Values>, total: Map<string, Values> | undefined): Record<string, RowResult> {
  const out: Record<string, RowResult> = {};
  const names = [...new Set([...q.items.map((i) => i.value), ...[...rows.keys()].filter((r) => r !== "")])];
  for (const row of names) {
    const values = rows.get(row);
    const answered = countOf(values);
    const everAnswered = countOf(total?.get(row));
    const r: RowResult = { answered, counts: countsOf(values, q.type === "ranking" ? [] : q.choices) };
    if (answered === 0 && everAnswered > 0) r.suppressed = true;
    else if (values) Object.assign(r, numericStats(values));
    out[row] = r;
  }
  return out;
}

/**
 * Results per question from summed tallies. `shown` holds the groups that may be shown; `all` the
 * same before withheld groups were taken out (to say what was withheld).
 */
export function buildQuestionResults(questions: QuestionMeta[], shown: ValueTable, all: ValueTable): QuestionResult[] {
  return questions.map((q) => {
    const rows = shown.get(q.name) ?? new Map<string, Values>();
    const whole = rows.get("") ?? new Map<string, { count: number; sum: number }>();
    const answeredIn = (t: Map<string, Values> | undefined) => {
      const w = t?.get("");
      let star = 0;
      let values = 0;
      for (const [v, c] of w ?? []) if (v === ANSWERED) star += c.count;
      else values += c.count;
      return answeredCount(q.type, "", star, values);
    };
    const answered = answeredIn(rows);
    const ever = answeredIn(all.get(q.name));
    const r: QuestionResult = { name: q.name, type: q.type, title: q.title, answered, counts: {}, choices: q.choices };
    if (q.inputType !== undefined) r.inputType = q.inputType;
    if (q.items.length > 0) r.items = q.items;
    if (ever > answered) r.withheld = ever - answered;
    if (answered === 0 && ever > 0) return { ...r, suppressed: true };
    if (isFreeText(q.type, q.inputType)) return r;
    if (q.type === "matrix" || q.type === "ranking") {
      r.rows = rowResults(q, rows, all.get(q.name));
      if (q.type === "ranking") {
        r.meanRank = {};
        r.firstPlaceShare = {};
        for (const [item, rr] of Object.entries(r.rows)) {
          if (rr.suppressed || rr.mean === undefined) continue;
          r.meanRank[item] = rr.mean;
          r.counts[item] = rr.counts["1"] ?? 0;
          r.firstPlaceShare[item] = answered > 0 ? (rr.counts["1"] ?? 0) / answered : 0;
        }
      }
      return r;
    }
    r.counts = countsOf(whole, q.choices);
    if (NUMERIC.has(q.type) || q.type === "text") Object.assign(r, numericStats(whole));
    return r;
  });
}
