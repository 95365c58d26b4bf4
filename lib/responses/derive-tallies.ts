import type { TallyDelta } from "../db/tally-batch";
import type { QuestionInfo } from "../surveys/list-questions";

export type { TallyDelta };

export const RESPONSE_QUESTION = "__response";
export const ANSWERED = "*";

function numeric(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  // A matrix answer with no answered row is no answer.
  if (typeof v === "object") return Object.values(v).every(isEmpty);
  return false;
}

const NUMERIC_INPUTS = new Set(["number", "range"]);

/**
 * What one validated response adds to the tallies: a response count, and per answered question
 * either rows per concrete answer (choices, ratings, numbers, matrix cells per row, ranks per item;
 * a value row's sum carries its number) or, where those cannot tell how many answered (checkbox,
 * matrix, ranking as a whole, free text), an "answered" row. No row is written that other rows
 * determine: a single-choice question's answered count is the sum of its value rows. Free text only
 * counts as answered: its content is analysed elsewhere.
 */
export function deriveTallies(questions: QuestionInfo[], data: Record<string, unknown>): TallyDelta[] {
  const out: TallyDelta[] = [{ question: RESPONSE_QUESTION, row: "", value: ANSWERED, count: 1, sum: 0 }];
  const add = (question: string, row: string, value: string, sum = 0) => out.push({ question, row, value, count: 1, sum });

  for (const q of questions) {
    const v = data[q.name];
    if (isEmpty(v)) continue;
    switch (q.type) {
      case "radiogroup":
      case "dropdown":
      case "boolean":
      case "rating": {
        add(q.name, "", String(v), numeric(v) ?? 0);
        break;
      }
      case "checkbox":
      case "tagbox": {
        const items = Array.isArray(v) ? v : [v];
        add(q.name, "", ANSWERED, items.length);
        for (const item of new Set(items.map(String))) add(q.name, "", item);
        break;
      }
      case "matrix": {
        add(q.name, "", ANSWERED);
        if (typeof v === "object" && v !== null) {
          for (const [row, cell] of Object.entries(v)) {
            if (isEmpty(cell)) continue;
            add(q.name, row, String(cell), numeric(cell) ?? 0);
          }
        }
        break;
      }
      case "ranking": {
        add(q.name, "", ANSWERED);
        if (Array.isArray(v)) {
          v.forEach((item, i) => add(q.name, String(item), String(i + 1), i + 1));
        }
        break;
      }
      case "text": {
        const n = q.inputType && NUMERIC_INPUTS.has(q.inputType) ? numeric(v) : undefined;
        if (n !== undefined) add(q.name, "", String(n), n);
        else add(q.name, "", ANSWERED);
        break;
      }
      default:
        add(q.name, "", ANSWERED);
    }
  }
  return out;
}
