import { RESPONSE_QUESTION } from "../responses/derive-tallies";
import type { QuestionMeta } from "./describe-questions";
import { answeredCount, thresholdFor, type Thresholds } from "./group-rules";
import type { UnitRow } from "./read-tallies";

const SEP = "\u0000";
export const cellKey = (schoolId: string, audience: string) => schoolId + SEP + audience;
export const unitKey = (cell: string, question: string, row: string) => cell + SEP + question + SEP + row;

/** The groups (school × audience, and within them question × row) whose answers no view shows. */
export interface Withheld {
  /** Responses per group. */
  responses: Map<string, number>;
  /** Groups with fewer than k responses: none of their answers count anywhere. */
  cells: Set<string>;
  /** Questions (and matrix/ranking rows) answered by fewer than their threshold within a group. */
  units: Set<string>;
  /** Whether the answers of (group, question, row) are left out of every result. */
  has(cell: string, question: string, row: string): boolean;
}

/**
 * Decides, from per-group answered counts, what every aggregate leaves out. Because each group is
 * either wholly in or wholly out of every result, subtracting visible results from each other only
 * ever yields unions of groups that are shown themselves (docs/decisions/011).
 */
export function findWithheld(units: UnitRow[], questions: Map<string, QuestionMeta>, t: Thresholds): Withheld {
  const responses = new Map<string, number>();
  for (const u of units) if (u.question === RESPONSE_QUESTION) responses.set(cellKey(u.schoolId, u.audience), u.star);
  const cells = new Set([...responses].filter(([, n]) => n < t.k).map(([c]) => c));
  const small = new Set<string>();
  // Per group, its small (question, row) units: most groups have none, and then a row is checked
  // without building a key.
  const smallByCell = new Map<string, Set<string>>();
  for (const u of units) {
    if (u.question === RESPONSE_QUESTION) continue;
    const q = questions.get(u.question);
    const type = q?.type ?? "text";
    const answered = answeredCount(type, u.row, u.star, u.values);
    if (answered < thresholdFor(t, type, q?.inputType)) {
      const cell = cellKey(u.schoolId, u.audience);
      small.add(unitKey(cell, u.question, u.row));
      let inCell = smallByCell.get(cell);
      if (!inCell) smallByCell.set(cell, (inCell = new Set()));
      inCell.add(u.question + SEP + u.row);
    }
  }
  return {
    responses,
    cells,
    units: small,
    has(cell, question, row) {
      if (cells.has(cell)) return true;
      const inCell = smallByCell.get(cell);
      return inCell !== undefined && (inCell.has(question + SEP) || (row !== "" && inCell.has(question + SEP + row)));
    },
  };
}

/** Schools and questions whose value rows a summary must read to take withheld groups out. */
export function withheldReach(w: Withheld): { schoolIds: string[]; questions: string[] | undefined } {
  const schools = new Set<string>();
  const questions = new Set<string>();
  for (const c of w.cells) schools.add(c.split(SEP)[0]!);
  for (const u of w.units) {
    const [school, , question] = u.split(SEP);
    schools.add(school!);
    questions.add(question!);
  }
  // A whole group left out needs all its questions.
  return { schoolIds: [...schools], questions: w.cells.size > 0 ? undefined : [...questions] };
}
