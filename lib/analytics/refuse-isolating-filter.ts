import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { AnalyticsScope } from "./load-analytics-scope";
import { readGroupSizes, tallyFilter } from "./read-tallies";

export interface SelectionCounts {
  /** Responses in the selection. */
  responses: number;
  /** Responses in groups (school × audience) big enough to show. */
  shownResponses: number;
}

/** How many responses a selection holds, and how many of them lie in groups that may be shown. */
export async function countSelection(db: Db, scope: AnalyticsScope): Promise<SelectionCounts> {
  if (scope.schools.length === 0) return { responses: 0, shownResponses: 0 };
  let responses = 0;
  let shownResponses = 0;
  for (const n of (await readGroupSizes(db, tallyFilter(scope))).values()) {
    responses += n;
    if (n >= scope.thresholds.k) shownResponses += n;
  }
  return { responses, shownResponses };
}

/**
 * The one refusal every view shares (docs/decisions/011): when the filters select responses none of
 * whose answers may be shown, the request is refused naming the narrowest filter given. Without a
 * filter (the caller's own unit) nothing is refused; the view shows that everything is withheld.
 */
export function refuseIsolatingFilter(counts: SelectionCounts, field: string | undefined, k: number): void {
  if (field === undefined || counts.responses === 0 || counts.shownResponses > 0) return;
  throw new AppError(
    "VALIDATION",
    `所选范围的答卷不足 ${k} 份或会暴露小群体，不予显示，请放宽筛选条件 (this filter would isolate a group smaller than ${k})`,
    [{ field, message: `isolates a group smaller than the minimum group size ${k}` }],
  );
}
