import type { Db } from "../db/client";
import { readTallyCells, readTallyTotals, readTallyUnits } from "../db/read-tally-groups";
import { ANSWERED, RESPONSE_QUESTION } from "../responses/derive-tallies";
import { cellKey } from "./find-withheld";
import type { AnalyticsScope } from "./load-analytics-scope";

/** Which tally rows a view reads: a survey's versions, some schools (null: all), an audience. */
export interface TallyFilter {
  versionIds: string[];
  schoolIds: string[] | null;
  audience?: string;
  questions?: string[];
}

/** The tally rows of a scope: its versions, its schools (all: no list), its audience filter. */
export const tallyFilter = (s: AnalyticsScope): TallyFilter => ({
  versionIds: s.versions.map((v) => v.id),
  schoolIds: s.allSchools ? null : s.schools.map((x) => x.id),
  ...(s.filters.audience === undefined ? {} : { audience: s.filters.audience }),
});

export interface ValueRow {
  question: string;
  row: string;
  value: string;
  count: number;
  sum: number;
}

export interface CellValueRow extends ValueRow {
  schoolId: string;
  audience: string;
}

/** Per group (school × audience), question and row: its "*" count and its value rows' count. */
export interface UnitRow {
  schoolId: string;
  audience: string;
  question: string;
  row: string;
  star: number;
  values: number;
}

/** Value rows summed over versions, schools and audiences: one row per question, row and value. */
export const readTotals = (db: Db, f: TallyFilter): Promise<ValueRow[]> => readTallyTotals(db, f);

/** Value rows per school and audience (cross-tabs, comparisons, and the groups a summary withholds). */
export const readCellValues = (db: Db, f: TallyFilter): Promise<CellValueRow[]> => readTallyCells(db, f);

/**
 * How many answered each question per school and audience: what the minimum group size is checked
 * against, without reading every value row of every group.
 */
export const readUnits = (db: Db, f: TallyFilter): Promise<UnitRow[]> => readTallyUnits(db, f, ANSWERED);

/** Responses per group (school × audience): the "__response" tallies. */
export async function readGroupSizes(db: Db, f: Omit<TallyFilter, "questions">): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const r of await readTallyCells(db, { ...f, questions: [RESPONSE_QUESTION] })) {
    const key = cellKey(r.schoolId, r.audience);
    sizes.set(key, (sizes.get(key) ?? 0) + r.count);
  }
  return sizes;
}
