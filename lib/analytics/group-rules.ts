import { ANSWERED } from "../responses/derive-tallies";

// The minimum group size rules (docs/decisions/011-analytics-small-groups.md), shared by every view.

/** Types whose "answered" tally row counts respondents while value rows count picks. */
const MULTI = new Set(["checkbox", "tagbox", "matrix", "ranking"]);
/** Free text: only counted as answered; its own, larger threshold. */
export function isFreeText(type: string, inputType?: string): boolean {
  return type === "comment" || (type === "text" && inputType !== "number" && inputType !== "range");
}

export interface Thresholds {
  /** Choice and numeric results. */
  k: number;
  /** Free text. */
  kText: number;
}

export const thresholdFor = (t: Thresholds, type: string, inputType?: string) => (isFreeText(type, inputType) ? t.kText : t.k);

/**
 * How many respondents answered, from the tallies of one question (and one row): `star` is the
 * count of its "*" rows, `values` the count of its value rows. A matrix or ranking row has only
 * value rows, one per respondent who answered it.
 */
export function answeredCount(type: string, row: string, star: number, values: number): number {
  if (row !== "") return values;
  return MULTI.has(type) ? star : star + values;
}

/** Adds one tally row's count into a unit's `{ star, values }`. */
export function addToUnit(unit: { star: number; values: number }, value: string, count: number): void {
  if (value === ANSWERED) unit.star += count;
  else unit.values += count;
}

/**
 * Splits a group's days into consecutive blocks of at least k responses (the last remainder joins
 * the block before it). A date range may cut a group only at a block boundary: any difference of
 * two allowed ranges is then a union of whole blocks. Returns each block's first day; none when the
 * group has fewer than k responses.
 */
export function dayBlocks(days: [day: string, count: number][], k: number): string[] {
  const sorted = [...days].filter(([, n]) => n > 0).sort((a, b) => a[0].localeCompare(b[0]));
  const starts: string[] = [];
  let open: string | undefined;
  let acc = 0;
  for (const [day, n] of sorted) {
    open ??= day;
    acc += n;
    if (acc >= k) {
      starts.push(open);
      open = undefined;
      acc = 0;
    }
  }
  return starts;
}

/** The block a day belongs to (index into the starts), or -1 before the first. */
export function blockOf(starts: string[], day: string): number {
  let i = -1;
  while (i + 1 < starts.length && starts[i + 1]! <= day) i++;
  return i;
}

/** Whether `day` lies in [from, to] (either end open). Days are YYYY-MM-DD and compare as text. */
export const inRange = (day: string, from?: string, to?: string) => (from === undefined || day >= from) && (to === undefined || day <= to);

/** Whether the range takes each block of a group whole or not at all. */
export function rangeFollowsBlocks(days: [day: string, count: number][], starts: string[], from?: string, to?: string): boolean {
  const taken = new Map<number, boolean>();
  for (const [day, n] of days) {
    if (n <= 0) continue;
    const b = blockOf(starts, day);
    const inside = inRange(day, from, to);
    if (taken.has(b) && taken.get(b) !== inside) return false;
    taken.set(b, inside);
  }
  return true;
}
