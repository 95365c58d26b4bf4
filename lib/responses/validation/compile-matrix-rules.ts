import type { QuestionMatrixModel } from "survey-core";
import { isPlainObject } from "./answer-values";
import { messages } from "./messages";
import type { AnswerCheck } from "./plan";

function isAnswered(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "";
}

/**
 * A single-choice matrix: an object from row value (as a JSON key) to a column value, compared
 * strictly. eachRowRequired (alias isAllRowRequired) and eachRowUnique as survey-core checks them;
 * survey-core ignores unknown rows silently, we refuse them.
 */
export function compileMatrix(q: QuestionMatrixModel, where: string): { checkShape: AnswerCheck; checkRules: AnswerCheck[] } {
  if (q.cellType && q.cellType !== "radio") throw new Error(`${where}: matrix cellType "${q.cellType}" is not supported by the response validator`);
  const rows = q.rows.map((r) => String(r.value));
  const rowSet = new Set(rows);
  const columns = new Set<unknown>(q.columns.map((c) => c.value as unknown));
  const checkShape: AnswerCheck = (value) => {
    if (!isPlainObject(value)) return messages.notAMatrix;
    for (const key of Object.keys(value)) {
      if (!rowSet.has(key)) return messages.unknownRow;
      if (!columns.has(value[key])) return messages.notAColumn;
    }
    return null;
  };
  const rules: AnswerCheck[] = [];
  if (q.eachRowRequired) {
    rules.push((value) => {
      const answers = isPlainObject(value) ? value : {};
      return rows.every((row) => Object.hasOwn(answers, row) && isAnswered(answers[row])) ? null : messages.allRowsRequired;
    });
  }
  if (q.eachRowUnique) {
    rules.push((value) => {
      if (!isPlainObject(value)) return null;
      const answered = Object.values(value).filter(isAnswered);
      return new Set(answered).size === answered.length ? null : messages.uniqueRows;
    });
  }
  return { checkShape, checkRules: rules };
}
