import type { Db } from "../db/client";
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
  const rows = await db.tally.groupBy({ by: ["question", "row", "value"], where: where(f), _sum: { count: true, sum: true } });
  return rows.map((r) => ({ question: r.question, row: r.row, value: r.value, count: r._sum.count ?? 0, sum: r._sum.sum ?? 0 }));
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
  const base = where(f);
  const by = ["schoolId", "audience", "question", "row"] as const;
  const [stars, values] = await Promise.all([
    db.tally.groupBy({ by: [...by], where: { ...base, value: ANSWERED }, _sum: { count: true } }),
    db.tally.groupBy({ by: [...by], where: { ...base, value: { not: ANSWERED } }, _sum: { count: true } }),
  ]);
  const units = new Map<string, UnitRow>();
  const unit = (r: { schoolId: string; audience: string; question: string; row: string }) => {
    const key = `${r.schoolId}\u0000${r.audience}\u0000${r.question}\u0000${r.row}`;
    let u = units.get(key);
    if (!u) units.set(key, (u = { schoolId: r.schoolId, audience: r.audience, question: r.question, row: r.row, star: 0, values: 0 }));
    return u;
  };
  for (const r of stars) unit(r).star += r._sum.count ?? 0;
  for (const r of values) unit(r).values += r._sum.count ?? 0;
  return [...units.values()];
}
