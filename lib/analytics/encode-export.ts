import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { zhCN } from "../i18n/zh-CN";
import type { ResponseExport } from "./export-responses";
import { csvLine } from "./neutralize-cell";

/**
 * CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese) pulled page by page: a page is
 * read from the database only when the client has taken the previous one. Each line is encoded
 * into one reused buffer and the page leaves as one copy of its bytes: a page joined into one
 * string (two bytes a character once it holds Chinese) went to V8's large-object space, and a
 * million rows of those were most of an export's memory (decision 016).
 */
export function csvStream(exp: ResponseExport): ReadableStream<Uint8Array> {
  let scratch = Buffer.allocUnsafe(256 * 1024);
  const encodePage = (lines: string[]): Uint8Array => {
    let used = 0;
    for (const line of lines) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (used + line.length * 3 > scratch.length) {
        const bigger = Buffer.allocUnsafe(Math.max(scratch.length * 2, used + line.length * 3));
        scratch.copy(bigger, 0, 0, used);
        scratch = bigger;
      }
      used += scratch.write(line, used, "utf8");
    }
    return new Uint8Array(scratch.subarray(0, used));
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encodePage(["\uFEFF", csvLine(exp.header)]));
    },
    async pull(controller) {
      const next = await exp.pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encodePage(next.value.map(csvLine)));
    },
    async cancel() {
      await exp.pages.return(undefined);
    },
  });
}

// A worksheet holds at most 1,048,576 rows; continue on a new sheet well before.
const ROWS_PER_SHEET = 1_000_000;
const BUFFERED = 4 * 1024 * 1024;

/** XLSX through exceljs' streaming writer (no shared strings, no styles: rows leave as they are added). */
export function xlsxStream(exp: ResponseExport): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: BUFFERED });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const write = async () => {
    let sheets = 1;
    let sheet = book.addWorksheet(zhCN.exports.sheet);
    sheet.addRow(exp.header).commit();
    let rows = 1;
    for await (const page of exp.pages) {
      // The client went away (the web stream was cancelled): stop reading instead of writing into nothing.
      if (out.destroyed) return void (await exp.pages.return(undefined));
      for (const row of page) {
        if (rows > ROWS_PER_SHEET) {
          sheet.commit();
          sheet = book.addWorksheet(`${zhCN.exports.sheet}${++sheets}`);
          sheet.addRow(exp.header).commit();
          rows = 1;
        }
        sheet.addRow(row).commit();
        rows++;
      }
      // Wait for a slow client rather than buffering the file.
      while (out.readableLength > BUFFERED && !out.destroyed) await Promise.race([once(out, "data"), once(out, "close")]);
    }
    sheet.commit();
    await book.commit();
  };
  write().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
