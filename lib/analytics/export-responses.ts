import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { zhCN } from "../i18n/zh-CN";
import { isAudience } from "../surveys/audiences";
import { chinaDay } from "../time/china-time";
import { narrowestFilter, parseFilters } from "./analytics-filters";
import type { QuestionMeta } from "./describe-questions";
import { cellKey } from "./find-withheld";
import { isFreeText } from "./group-rules";
import { loadAnalyticsScope } from "./load-analytics-scope";
import { neutralizeCell, type Cell } from "./neutralize-cell";
import { readGroupSizes, tallyFilter } from "./read-tallies";
import { streamResponses } from "./stream-responses";

export interface ExportInput {
  surveyId: string;
  scopeOrgId: string;
  org?: string;
  audience?: string;
  stage?: string;
}

export interface ResponseExport {
  /** File name without extension. */
  name: string;
  header: string[];
  /** Pages of rows, read from the database as they are consumed. */
  pages: AsyncGenerator<Cell[][]>;
}

type Column = { header: string; value: (data: Record<string, unknown>) => Cell; freeText: boolean };

const text = (q: QuestionMeta, v: unknown) => q.choices.find((c) => c.value === String(v))?.text ?? String(v);
const itemText = (q: QuestionMeta, v: unknown) => q.items.find((c) => c.value === String(v))?.text ?? String(v);
const present = (v: unknown) => v !== undefined && v !== null && v !== "";

function columnsOf(q: QuestionMeta): Column[] {
  const cols: Column[] = [];
  const free = isFreeText(q.type, q.inputType);
  if (q.type === "matrix") {
    for (const row of q.items) cols.push({ header: `${q.title} - ${row.text}`, freeText: false, value: (d) => { const m = d[q.name] as Record<string, unknown> | undefined; return present(m?.[row.value]) ? text(q, m![row.value]) : ""; } });
  } else {
    cols.push({
      header: q.title,
      freeText: free,
      value: (d) => {
        const v = d[q.name];
        if (!present(v)) return "";
        if (Array.isArray(v)) return v.map((x) => (q.type === "ranking" ? itemText(q, x) : text(q, x))).join(q.type === "ranking" ? " > " : "；");
        if (typeof v === "number" && (q.type === "rating" || q.type === "text")) return v;
        return q.choices.length > 0 ? text(q, v) : String(v);
      },
    });
  }
  const key = q.commentKey;
  if (key) cols.push({ header: `${q.title}（${zhCN.exports.comment}）`, freeText: true, value: (d) => (present(d[key]) ? String(d[key]) : "") });
  return cols;
}

/**
 * The responses in the caller's scope as rows: district, school, audience, version, day, then one
 * column per question (per matrix row) with choice texts. Groups below the minimum size are left
 * out, and free text is blank for groups below the free-text minimum; string cells are neutralised
 * against spreadsheet formulas. Rows are read page by page (keyset on Response.id per group).
 */
export async function exportResponses(db: Db, input: ExportInput): Promise<ResponseExport> {
  const filters = parseFilters(input as unknown as Record<string, unknown>);
  const scope = await loadAnalyticsScope(db, input.surveyId, input.scopeOrgId, filters);
  const sizes = await readGroupSizes(db, { ...tallyFilter(scope), schoolIds: scope.schools.map((s) => s.id) });
  const order = ["staff", "student", "parent"];
  const cells = scope.schools.flatMap((s) => order.filter((a) => (sizes.get(cellKey(s.id, a)) ?? 0) >= scope.thresholds.k).map((a) => ({ schoolId: s.id, audience: a })));
  const field = narrowestFilter(filters);
  if (cells.length === 0 && [...sizes.values()].some((n) => n > 0) && field !== undefined) {
    throw new AppError("VALIDATION", `所选范围的答卷不足 ${scope.thresholds.k} 份，不予导出 (this filter would isolate a group smaller than ${scope.thresholds.k})`, [
      { field, message: `isolates a group smaller than the minimum group size ${scope.thresholds.k}` },
    ]);
  }
  // Contact answers are never stored with the responses (decision 014): no empty column for them.
  const columns = scope.questions.filter((q) => !q.contact).flatMap(columnsOf);
  const schools = new Map(scope.schools.map((s) => [s.id, s]));
  const versionNumber = new Map(scope.versions.map((v) => [v.id, v.number]));
  const e = zhCN.exports;
  const header = [e.district, e.schoolCode, e.school, e.audience, e.version, e.day, ...columns.map((c) => c.header)].map(neutralizeCell) as string[];
  async function* pages(): AsyncGenerator<Cell[][]> {
    for await (const page of streamResponses(db, { surveyId: scope.surveyId, cells })) {
      yield page.map((r) => {
        const s = schools.get(r.schoolId)!;
        const textShown = (sizes.get(cellKey(r.schoolId, r.audience)) ?? 0) >= scope.thresholds.kText;
        const audience = isAudience(r.audience) ? zhCN.audiences[r.audience] : r.audience;
        const fixed: Cell[] = [s.districtName, s.code, s.name, audience, versionNumber.get(r.versionId) ?? "", chinaDay(r.submittedAt)];
        return [...fixed, ...columns.map((c) => (c.freeText && !textShown ? "" : c.value(r.data)))].map(neutralizeCell);
      });
    }
  }
  return { name: `${scope.surveyTitle}-${scope.unit.name}`, header, pages: pages() };
}
