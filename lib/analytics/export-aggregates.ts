import ExcelJS from "exceljs";
import type { Db } from "../db/client";
import { interpolate } from "../i18n/format";
import { zhCN } from "../i18n/zh-CN";
import { isAudience } from "../surveys/audiences";
import type { QuestionResult } from "./build-question-results";
import { isFreeText } from "./group-rules";
import { neutralizeCell, type Cell } from "./neutralize-cell";
import { summarizeSurvey, type Summary, type SummaryInput } from "./summarize-survey";

const e = zhCN.exports;
type Row = [question: string, row: string, item: string, count: Cell, percent: Cell];

const share = (n: number, of: number): Cell => (of > 0 ? n / of : "");
const textOf = (list: { value: string; text: string }[] | undefined, value: string) => list?.find((c) => c.value === value)?.text ?? value;

function questionRows(q: QuestionResult, s: Summary): Row[] {
  const k = isFreeText(q.type, q.inputType) ? s.minTextGroupSize : s.minGroupSize;
  if (q.suppressed) return [[q.title, "", interpolate(e.suppressed, { k }), "", ""]];
  const rows: Row[] = [[q.title, "", e.answered, q.answered, ""]];
  if (isFreeText(q.type, q.inputType)) return [...rows, [q.title, "", e.freeText, "", ""]];
  if (q.type === "matrix" || q.type === "ranking") {
    for (const [row, r] of Object.entries(q.rows ?? {})) {
      const label = textOf(q.items, row);
      if (r.suppressed) rows.push([q.title, label, interpolate(e.suppressed, { k }), "", ""]);
      else if (q.type === "ranking") rows.push([q.title, label, e.meanRank, q.meanRank?.[row] ?? "", ""], [q.title, label, e.firstPlace, q.counts[row] ?? 0, q.firstPlaceShare?.[row] ?? ""]);
      else {
        for (const [value, n] of Object.entries(r.counts)) rows.push([q.title, label, textOf(q.choices, value), n, share(n, r.answered)]);
        if (r.mean !== undefined) rows.push([q.title, label, e.mean, r.mean, ""]);
      }
    }
    return rows;
  }
  for (const [value, n] of Object.entries(q.counts)) rows.push([q.title, "", textOf(q.choices, value), n, share(n, q.answered)]);
  if (q.mean !== undefined) rows.push([q.title, "", e.mean, q.mean, ""]);
  if (q.median !== undefined) rows.push([q.title, "", e.median, q.median, ""]);
  return rows;
}

/**
 * The summary of a selection as an XLSX workbook: an overview sheet (unit, filters, counts) and one
 * row per choice, matrix cell, mean and rank. It is built from `summarizeSurvey`, so it shows exactly
 * what the summary shows: groups below the minimum size are withheld, isolating filters refused.
 * Small (a few hundred rows), so built in memory.
 */
export async function exportAggregates(db: Db, input: SummaryInput, now = new Date()): Promise<{ name: string; body: Uint8Array<ArrayBuffer> }> {
  const s = await summarizeSurvey(db, input);
  const book = new ExcelJS.Workbook();
  const overview = book.addWorksheet(e.overviewSheet);
  const audience = input.audience && isAudience(input.audience) ? zhCN.audiences[input.audience] : "";
  const dates = input.from || input.to ? `${input.from ?? ""} ~ ${input.to ?? ""}` : e.allDates;
  const facts: [string, Cell][] = [
    [e.survey, s.title],
    [e.unit, [s.org.name, audience, input.stage ?? ""].filter(Boolean).join(" · ")],
    [e.dates, dates],
    [e.responses, s.responses],
    [e.withheldResponses, s.withheld],
    [e.minGroupSize, s.minGroupSize],
    [e.generatedAt, now.toISOString()],
  ];
  for (const [label, value] of facts) overview.addRow([label, neutralizeCell(value)]);
  overview.getColumn(1).width = 16;
  overview.getColumn(2).width = 48;
  const sheet = book.addWorksheet(e.aggregatesSheet);
  sheet.addRow([e.question, e.row, e.item, e.count, e.percent]).font = { bold: true };
  for (const q of s.questions) for (const row of questionRows(q, s)) sheet.addRow(row.map(neutralizeCell));
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 20;
  sheet.getColumn(3).width = 28;
  sheet.getColumn(5).numFmt = "0.0%";
  const written = new Uint8Array(await book.xlsx.writeBuffer());
  const body = new Uint8Array(written.byteLength);
  body.set(written);
  return { name: `${s.title}-${s.org.name}-${e.aggregatesSheet}`, body };
}
