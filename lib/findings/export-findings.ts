import ExcelJS from "exceljs";
import type { Caller } from "../auth/caller";
import { neutralizeCell } from "../analytics/neutralize-cell";
import type { Db } from "../db/client";
import { zhCN } from "../i18n/zh-CN";
import { readFinding } from "./get-finding";
import { listFindings } from "./list-findings";

/** The supervision list as a workbook: one sheet of findings, one of their actions. */
export async function exportFindings(db: Db, caller: Caller): Promise<Buffer> {
  const t = zhCN.findings;
  const { findings } = await listFindings(db, caller);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(t.sheetFindings);
  const actions = book.addWorksheet(t.sheetActions);
  sheet.addRow([t.title, t.org, t.theme, t.priority, t.status, t.published, t.actions, t.overdueActions, t.nextDueOn, t.summary, t.quotes]);
  actions.addRow([t.title, t.actionKind, t.actionDescription, t.owner, t.dueOn, t.progress, t.overdue, t.evidenceNotes]);
  for (const row of findings) {
    const f = await readFinding(db, row.id);
    const status = t.statuses[f.status as keyof typeof t.statuses] ?? f.status;
    sheet.addRow([f.title, f.org.name, f.theme?.name ?? "", t.priorities[f.priority as keyof typeof t.priorities] ?? f.priority, status, f.published ? t.yes : t.no, f.actions.length, row.overdueActions, row.nextDueOn ?? "", f.summary, f.evidence.map((e) => e.quote).join("\n")].map(neutralizeCell));
    for (const a of f.actions) {
      actions.addRow([f.title, t.actionKinds[a.kind as keyof typeof t.actionKinds] ?? a.kind, a.description, [a.owner.name, a.ownerDetail].filter(Boolean).join(" "), a.dueOn, a.progress, a.overdue ? t.yes : t.no, a.evidenceNotes].map(neutralizeCell));
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
