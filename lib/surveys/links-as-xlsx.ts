import ExcelJS from "exceljs";
import type { Audience } from "./audiences";
import type { LinkOut } from "./generate-links-for-caller";

const AUDIENCE_NAMES: Record<Audience, string> = { staff: "教职工", student: "学生", parent: "家长" };

/** The links as a workbook for district administrators: one row per school × audience. */
export async function linksAsXlsx(links: LinkOut[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("链接");
  sheet.columns = [
    { header: "学校代码", key: "school", width: 14 },
    { header: "学校", key: "schoolName", width: 28 },
    { header: "调查对象", key: "audience", width: 10 },
    { header: "链接", key: "url", width: 60 },
  ];
  // Cells are typed as text: a code or name is never read as a formula or a number.
  for (const l of links) sheet.addRow({ school: l.school, schoolName: l.schoolName, audience: AUDIENCE_NAMES[l.audience], url: l.url });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
