import type { Db } from "../db/client";
import { readTallyTotals, readTallyUnits } from "../db/read-tally-groups";
import { ANSWERED } from "../responses/derive-tallies";

/** Which tally rows a view reads: a survey's versions, some schools (null: all), an audience. */
export interface TallyFilter {
  versionIds: string[];
  schoolIds: string[] | null;
  audience?: string;
  questions?: string[];
}

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

function where(f: TallyFilter) {
  return {
    versionId: { in: f.versionIds },
    ...(f.schoolIds === null ? {} : { schoolId: { in: f.schoolIds } }),
    ...(f.audience === undefined ? {} : { audience: f.audience }),
    ...(f.questions === undefined ? {} : { question: { in: f.questions } }),
  };
}

/** Value rows summed over versions, schools and audiences: one row per question, row and value. */
export async function readTotals(db: Db, f: TallyFilter): Promise<ValueRow[]> {
  if (f.questions !== undefined) {
    const rows = await db.tally.groupBy({ by: ["question", "row", "value"], where: where(f), _sum: { count: true, sum: true } });
    return rows.map((r) => ({ question: r.question, row: r.row, value: r.value, count: r._sum.count ?? 0, sum: r._sum.sum ?? 0 }));
  }
  return readTallyTotals(db, f);
}

/** Value rows per school and audience (cross-tabs, comparisons, and the groups a summary withholds). */
export async function readCellValues(db: Db, f: TallyFilter): Promise<CellValueRow[]> {
  const rows = await db.tally.groupBy({ by: ["schoolId", "audience", "question", "row", "value"], where: where(f), _sum: { count: true, sum: true } });
  return rows.map((r) => ({ schoolId: r.schoolId, audience: r.audience, question: r.question, row: r.row, value: r.value, count: r._sum.count ?? 0, sum: r._sum.sum ?? 0 }));
}

/**
 * How many answered each question per school and audience: what the minimum group size is checked
 * against, without reading every value row of every group.
 */
export async function readUnits(db: Db, f: TallyFilter): Promise<UnitRow[]> {
  const units = await readTallyUnits(db, f, ANSWERED);
  return f.questions === undefined ? units : units.filter((u) => f.questions!.includes(u.question));
}
