import type { Db } from "../db/client";
import { readTallyRows, readTallyTotals, readTallyUnits } from "../db/read-tally-rows";
import { ANSWERED, RESPONSE_QUESTION } from "../responses/derive-tallies";
import { cellKey, unitKey } from "./find-withheld";
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

/** The tally rows of a view, one per version (adding them up is the views' work). */
export const readCells = (db: Db, f: TallyFilter): Promise<CellValueRow[]> => readTallyRows(db, f);

/** Value rows summed over versions, schools and audiences: one row per question, row and value. */
export const readTotals = (db: Db, f: TallyFilter): Promise<ValueRow[]> => readTallyTotals(db, f);

/**
 * How many answered each question per school and audience: what the minimum group size is checked
 * against, without reading every value row of every group.
 */
export const readUnits = (db: Db, f: TallyFilter): Promise<UnitRow[]> => readTallyUnits(db, f, ANSWERED);

/** `readUnits` from rows already read. */
export function unitsOf(cells: Iterable<CellValueRow>): UnitRow[] {
  const units = new Map<string, UnitRow>();
  let u: UnitRow | undefined;
  for (const c of cells) {
    // Rows arrive in key order, a unit's values side by side: the map is only asked at a new one.
    if (!u || u.row !== c.row || u.question !== c.question || u.audience !== c.audience || u.schoolId !== c.schoolId) {
      const key = unitKey(cellKey(c.schoolId, c.audience), c.question, c.row);
      u = units.get(key);
      if (!u) units.set(key, (u = { schoolId: c.schoolId, audience: c.audience, question: c.question, row: c.row, star: 0, values: 0 }));
    }
    if (c.value === ANSWERED) u.star += c.count;
    else u.values += c.count;
  }
  return [...units.values()];
}

/** Responses per group (school × audience): the "__response" tallies. */
export async function readGroupSizes(db: Db, f: Omit<TallyFilter, "questions">): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const r of await readCells(db, { ...f, questions: [RESPONSE_QUESTION] })) {
    const key = cellKey(r.schoolId, r.audience);
    sizes.set(key, (sizes.get(key) ?? 0) + r.count);
  }
  return sizes;
}
