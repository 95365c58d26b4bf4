import type { ValueRow } from "./read-tallies";

/** Summed tallies by question → row → value, the input of every result builder. */
export type ValueTable = Map<string, Map<string, Map<string, { count: number; sum: number }>>>;

export function createValueTable(): ValueTable {
  return new Map();
}

/** Adds (or with sign −1, takes out) a tally row. */
export function addValue(table: ValueTable, r: ValueRow, sign = 1): void {
  let rows = table.get(r.question);
  if (!rows) table.set(r.question, (rows = new Map()));
  let values = rows.get(r.row);
  if (!values) rows.set(r.row, (values = new Map()));
  const cur = values.get(r.value);
  if (cur) {
    cur.count += sign * r.count;
    cur.sum += sign * r.sum;
  } else values.set(r.value, { count: sign * r.count, sum: sign * r.sum });
}
