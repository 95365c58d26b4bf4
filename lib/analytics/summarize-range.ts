import type { Db } from "../db/client";
import { deriveTallies, RESPONSE_QUESTION } from "../responses/derive-tallies";
import { addDays, chinaDay, chinaDayStart } from "../time/china-time";
import { cellKey } from "./find-withheld";
import { addToUnit, answeredCount, blockOf, dayBlocks, inRange, rangeFollowsBlocks, thresholdFor } from "./group-rules";
import type { AnalyticsScope } from "./load-analytics-scope";
import { streamResponses } from "./stream-responses";
import type { SummaryCore } from "./summarize-survey";
import { addValue, createValueTable, type ValueTable } from "./value-table";

interface Cell {
  schoolId: string;
  audience: string;
  days: [string, number][];
  blocks: string[];
  inRange: number;
  /** Its answers may count: enough responses, and the range takes its blocks whole. */
  candidate: boolean;
  /** Answered per question/row and block, over all time. */
  units: Map<string, { star: number; values: number }[]>;
  values: ValueTable;
}

async function readCells(db: Db, scope: AnalyticsScope): Promise<Cell[]> {
  const { from, to, audience } = scope.filters;
  const rows = await db.dailyCount.groupBy({
    by: ["schoolId", "audience", "day"],
    where: { versionId: { in: scope.versions.map((v) => v.id) }, ...(scope.allSchools ? {} : { schoolId: { in: scope.schools.map((s) => s.id) } }), ...(audience ? { audience } : {}) },
    _sum: { count: true },
  });
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    const key = cellKey(r.schoolId, r.audience);
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { schoolId: r.schoolId, audience: r.audience, days: [], blocks: [], inRange: 0, candidate: false, units: new Map(), values: createValueTable() }));
    c.days.push([r.day, r._sum.count ?? 0]);
    if (inRange(r.day, from, to)) c.inRange += r._sum.count ?? 0;
  }
  for (const c of cells.values()) {
    c.blocks = dayBlocks(c.days, scope.thresholds.k);
    c.candidate = c.blocks.length > 0 && c.inRange > 0 && rangeFollowsBlocks(c.days, c.blocks, from, to);
  }
  return [...cells.values()].filter((c) => c.inRange > 0);
}

/**
 * Results for a date range. Tallies have no time dimension (decision 004), so this reads the
 * responses of the groups in scope. A group counts only if the range takes its blocks of ≥ k
 * responses whole, and a question within it only if every block has 0 or ≥ k answers to it: two
 * overlapping ranges then differ by whole blocks, never by a small group (docs/decisions/011).
 */
export async function summarizeRange(db: Db, scope: AnalyticsScope): Promise<SummaryCore> {
  const { from, to } = scope.filters;
  const cells = await readCells(db, scope);
  const byKey = new Map(cells.map((c) => [cellKey(c.schoolId, c.audience), c]));
  const all = createValueTable();
  const read = async (list: Cell[], ranged: boolean) => {
    const stream = streamResponses(db, {
      surveyId: scope.surveyId,
      cells: list,
      ...(ranged && from ? { since: chinaDayStart(from) } : {}),
      ...(ranged && to ? { before: chinaDayStart(addDays(to, 1)) } : {}),
    });
    for await (const page of stream) {
      for (const r of page) {
        const cell = byKey.get(cellKey(r.schoolId, r.audience))!;
        const day = chinaDay(r.submittedAt);
        const inside = inRange(day, from, to);
        const block = blockOf(cell.blocks, day);
        for (const d of deriveTallies(scope.questionsByVersion.get(r.versionId) ?? [], r.data)) {
          if (d.question === RESPONSE_QUESTION) continue;
          if (inside) {
            addValue(all, d);
            if (cell.candidate) addValue(cell.values, d);
          }
          if (!cell.candidate) continue;
          const key = `${d.question}\u0000${d.row}`;
          let perBlock = cell.units.get(key);
          if (!perBlock) cell.units.set(key, (perBlock = cell.blocks.map(() => ({ star: 0, values: 0 }))));
          addToUnit(perBlock[Math.max(0, block)]!, d.value, d.count);
        }
      }
    }
  };
  // Candidates are read whole (their blocks outside the range decide too); the others only in range.
  await read(cells.filter((c) => c.candidate), false);
  await read(cells.filter((c) => !c.candidate), true);

  const types = new Map(scope.questions.map((q) => [q.name, q]));
  const shown = createValueTable();
  let shownResponses = 0;
  for (const c of cells) {
    if (!c.candidate) continue;
    shownResponses += c.inRange;
    const ok = (question: string, row: string) => {
      const q = types.get(question);
      const k = thresholdFor(scope.thresholds, q?.type ?? "text", q?.inputType);
      return (c.units.get(`${question}\u0000${row}`) ?? []).every((u) => {
        const n = answeredCount(q?.type ?? "text", row, u.star, u.values);
        return n === 0 || n >= k;
      });
    };
    for (const [question, rows] of c.values) {
      if (!ok(question, "")) continue;
      for (const [row, values] of rows) {
        if (row !== "" && !ok(question, row)) continue;
        for (const [value, v] of values) addValue(shown, { question, row, value, count: v.count, sum: v.sum });
      }
    }
  }
  return { responses: cells.reduce((s, c) => s + c.inRange, 0), shownResponses, shown, all };
}
