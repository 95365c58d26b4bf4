import { describe, it, expect } from "vitest";
import { AppError } from "../../../lib/errors/app-error";
import { parseOrgCsv } from "../../../lib/orgs/parse-org-csv";

const HEADER = "district,school_code,school_name,stage,staff,students,parents";
const CHINESE = /[\u4e00-\u9fff]/;

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join("\n");
}

/** Runs the parser expecting a rejection and returns the AppError it threw. */
function rejection(input: Uint8Array | string): AppError {
  try {
    parseOrgCsv(input);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected parseOrgCsv to reject the file");
}

function where(e: AppError): { line: number | undefined; field: string }[] {
  return e.issues.map(({ line, field }) => ({ line, field }));
}

function expectChineseMessages(e: AppError): void {
  expect(e.message).toMatch(CHINESE);
  for (const issue of e.issues) expect(issue.message, issue.field).toMatch(CHINESE);
}

describe("parseOrgCsv: valid files", () => {
  const expectedRows = [
    { line: 2, district: "广陵区", schoolCode: "3210020001", schoolName: "扬州市东关小学", stage: "小学", staff: 80, students: 1200, parents: 2100 },
    { line: 3, district: "邗江区", schoolCode: "3210030002", schoolName: "扬州市梅岭中学", stage: "初中", staff: 150, students: 2400, parents: 4300 },
  ];
  const lines = [
    HEADER,
    "广陵区,3210020001,扬州市东关小学,小学,80,1200,2100",
    "邗江区,3210030002,扬州市梅岭中学,初中,150,2400,4300",
  ];

  it("returns every row with its line number and numbers as numbers", () => {
    expect(parseOrgCsv(lines.join("\n"))).toEqual(expectedRows);
  });

  it("accepts UTF-8 bytes with a BOM, CRLF line endings and a trailing newline", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
    expect(parseOrgCsv(bytes)).toEqual(expectedRows);
  });

  it("accepts UTF-8 bytes without a BOM", () => {
    expect(parseOrgCsv(Buffer.from(`${lines.join("\n")}\n`, "utf8"))).toEqual(expectedRows);
  });

  it("accepts a string that still starts with a BOM", () => {
    expect(parseOrgCsv(`\uFEFF${lines.join("\n")}`)).toEqual(expectedRows);
  });

  it("keeps a comma inside a quoted school name", () => {
    const [row] = parseOrgCsv(csv('广陵区,A1,"扬州市育才小学（东区,西区）",小学,10,100,200'));
    expect(row?.schoolName).toBe("扬州市育才小学（东区,西区）");
    expect(row?.stage).toBe("小学");
    expect(row?.parents).toBe(200);
  });

  it("trims spaces around cells and accepts a zero headcount", () => {
    const [row] = parseOrgCsv(csv(" 广陵区 , A1 , 东关小学 , 小学 , 0 , 12 , 30 "));
    expect(row).toMatchObject({ district: "广陵区", schoolCode: "A1", schoolName: "东关小学", stage: "小学", staff: 0, students: 12, parents: 30 });
  });

  it("counts skipped blank lines when numbering rows", () => {
    const rows = parseOrgCsv(csv("广陵区,A1,东关小学,小学,1,2,3", "", "广陵区,A2,育才小学,小学,1,2,3"));
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });
});

describe("parseOrgCsv: rejected files", () => {
  it("rejects control characters in names, naming line and field (found by fuzzing: NUL was a 500 on PostgreSQL)", () => {
    const error = rejection(csv("广陵区,1,甲校,小学,1,2,3", "广陵区,2,乙\u0000校,小学,1,2,3", "广\t陵区,3,丙校,小学,1,2,3"));
    expect(error.code).toBe("VALIDATION");
    expect(error.issues).toEqual([
      expect.objectContaining({ line: 3, field: "school_name" }),
      expect.objectContaining({ line: 4, field: "district" }),
    ]);
    expect(error.issues[0]!.message).toMatch(CHINESE);
    expect(parseOrgCsv(csv("广陵区,1,“甲校” 😀,小学,1,2,3"))[0]!.schoolName).toBe("“甲校” 😀");
  });

  it("rejects a wrong header on line 1", () => {
    const e = rejection("区县,学校代码,学校名称,学段,教职工,学生,家长\n广陵区,A1,东关小学,小学,1,2,3");
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([{ line: 1, field: "header" }]);
    expect(e.message).toMatch(CHINESE);
  });

  it("rejects a header with a missing column", () => {
    const e = rejection("district,school_code,school_name,stage,staff,students\n广陵区,A1,东关小学,小学,1,2");
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([{ line: 1, field: "header" }]);
  });

  it("rejects an empty file as a wrong header", () => {
    const e = rejection("");
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([{ line: 1, field: "header" }]);
  });

  it("rejects a file with a header but no schools", () => {
    const e = rejection(`${HEADER}\r\n\r\n`);
    expect(e.code).toBe("VALIDATION");
    expect(e.issues.map((i) => i.field)).toEqual(["file"]);
    expect(e.message).toMatch(CHINESE);
  });

  it("rejects an unknown stage", () => {
    const e = rejection(csv("广陵区,A1,东关小学,大学,1,2,3"));
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([{ line: 2, field: "stage" }]);
    expect(e.issues[0]?.message).toContain("学段");
    expectChineseMessages(e);
  });

  it("rejects a negative headcount", () => {
    const e = rejection(csv("广陵区,A1,东关小学,小学,-5,2,3"));
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([{ line: 2, field: "staff" }]);
    expectChineseMessages(e);
  });

  it("rejects non-numeric and fractional headcounts", () => {
    const e = rejection(csv("广陵区,A1,东关小学,小学,1,abc,12.5"));
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([
      { line: 2, field: "students" },
      { line: 2, field: "parents" },
    ]);
    expectChineseMessages(e);
  });

  it("rejects a missing school name, even if it is only spaces", () => {
    const e = rejection(csv("广陵区,A1,,小学,1,2,3", "广陵区,A2,   ,小学,1,2,3"));
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([
      { line: 2, field: "school_name" },
      { line: 3, field: "school_name" },
    ]);
    expect(e.issues[0]?.message).toContain("学校名称");
  });

  it("reports a duplicate school code on the second line and names the first", () => {
    const e = rejection(csv("广陵区,A1,东关小学,小学,1,2,3", "广陵区,B2,育才小学,小学,1,2,3", "邗江区,A1,梅岭中学,初中,1,2,3"));
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([{ line: 4, field: "school_code" }]);
    expect(e.issues[0]?.message).toContain("第 2 行");
    expect(e.issues[0]?.message).toContain("重复");
  });

  it("rejects rows with too few or too many columns", () => {
    const e = rejection(csv("广陵区,A1,东关小学,小学,1,2", "广陵区,A2,育才小学,小学,1,2,3,4"));
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([
      { line: 2, field: "row" },
      { line: 3, field: "row" },
    ]);
    expectChineseMessages(e);
  });

  it("rejects bytes that are not UTF-8 (a GBK-encoded file)", () => {
    const gbkShanghai = [0xc9, 0xcf, 0xba, 0xa3]; // 上海 in GBK
    const bytes = new Uint8Array([
      ...Buffer.from(`${HEADER}\nabc,A1,`, "utf8"),
      ...gbkShanghai,
      ...Buffer.from(",小学,1,2,3\n", "utf8"),
    ]);
    const e = rejection(bytes);
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.issues.map((i) => i.field)).toEqual(["file"]);
    expect(e.message).toMatch(CHINESE);
    expect(e.message).toContain("UTF-8");
  });

  it("rejects a quote that is never closed as malformed CSV", () => {
    const e = rejection(csv('广陵区,A1,"东关小学,小学,1,2,3'));
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.issues.map((i) => i.field)).toEqual(["file"]);
    expect(e.message).toMatch(CHINESE);
  });

  it("reports every bad row at once, with its own line number, and imports nothing", () => {
    const e = rejection(
      csv(
        "广陵区,A1,东关小学,小学,1,2,3", // line 2: fine
        "广陵区,A2,育才小学,大学,1,2,3", // line 3: stage
        "广陵区,A3,汶河小学,小学,1,2", // line 4: columns
        "广陵区,A4,梅岭小学,小学,1,2,3", // line 5: fine
        "邗江区,A1,新华中学,初中,-5,2,3", // line 6: staff (checked before the duplicate)
        ",A7,文津中学,初中,1,2,3", // line 7: district
        "邗江区,A1,树人学校,初中,1,2,3", // line 8: duplicate of line 2
      ),
    );
    expect(e.code).toBe("VALIDATION");
    expect(where(e)).toEqual([
      { line: 3, field: "stage" },
      { line: 4, field: "row" },
      { line: 6, field: "staff" },
      { line: 7, field: "district" },
      { line: 8, field: "school_code" },
    ]);
    for (const issue of e.issues) expect(issue.message, `line ${issue.line}`).toContain(`第 ${issue.line} 行`);
    expectChineseMessages(e);
    expect(e.message).toContain("5 处错误");
  });
});

describe("parseOrgCsv: blank lines", () => {
  it("skips lines of only spaces and keeps line numbers true", () => {
    const csv = "district,school_code,school_name,stage,staff,students,parents\n   \n广陵区,1,甲校,小学,1,2,3\n";
    expect(parseOrgCsv(csv).map((r) => r.line)).toEqual([3]);
  });
});
