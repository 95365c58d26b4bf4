import type { ResponseSubmission, ResponseWrite } from "../db/response-write";
import type { QuestionInfo } from "../surveys/list-questions";
import { separateFreeText } from "../text/separate-free-text";
import { deriveTallies } from "./derive-tallies";
import { hashData } from "./hash-data";

/**
 * A submission made ready to store: free text scrubbed and contact answers set apart (decision
 * 014), the hash of what is stored (so a retry scrubs to the same hash), and its tally increments.
 * Pure and synchronous: the SQLite writer thread runs it for its group, off the request path.
 */
export function prepareResponseWrite(s: ResponseSubmission, questions: QuestionInfo[]): ResponseWrite {
  const { data: answers, ...row } = s;
  const { data, texts, contacts } = separateFreeText(questions, answers);
  return { ...row, dataJson: JSON.stringify(data), dataHash: hashData(data), texts, contacts, deltas: deriveTallies(questions, data) };
}
