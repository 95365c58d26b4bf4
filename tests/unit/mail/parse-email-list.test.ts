import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { parseEmailList } from "@/lib/invitations/parse-email-list";

const issuesOf = (input: Parameters<typeof parseEmailList>[0]) => {
  try {
    parseEmailList(input);
  } catch (e) {
    if (e instanceof AppError) return e.issues;
    throw e;
  }
  throw new Error("accepted");
};

describe("parseEmailList", () => {
  it("takes addresses from pasted text and spreadsheet rows, lower-cased, each once, in order", () => {
    const csv = ["姓名,部门,邮箱", "王芳,语文组,Wang.Fang@School.example.cn", "李明\t数学组\tli@school.example.cn", "“赵敏” <zhao@school.example.cn>; mailto:qian@school.example.cn", "", "wang.fang@school.example.cn"].join("\r\n");
    expect(parseEmailList({ csv })).toEqual({
      emails: ["wang.fang@school.example.cn", "li@school.example.cn", "zhao@school.example.cn", "qian@school.example.cn"],
      duplicatesRemoved: 1,
    });
  });

  it("separates addresses by Chinese punctuation too", () => {
    expect(parseEmailList({ csv: "a@x.cn，b@x.cn；c@x.cn、d@x.cn" }).emails).toEqual(["a@x.cn", "b@x.cn", "c@x.cn", "d@x.cn"]);
  });

  it("names every bad line: invalid addresses and rows without one (a first row without one is a header)", () => {
    expect(issuesOf({ csv: "邮箱\nok@x.cn\nwang@\n张老师\nli@@x.cn" })).toEqual([
      expect.objectContaining({ field: "csv", line: 3 }),
      expect.objectContaining({ field: "csv", line: 4 }),
      expect.objectContaining({ field: "csv", line: 5 }),
    ]);
  });

  it("checks a JSON list item by item", () => {
    expect(parseEmailList({ emails: [" A@x.cn ", "a@x.cn", "b@x.cn"] })).toEqual({ emails: ["a@x.cn", "b@x.cn"], duplicatesRemoved: 1 });
    expect(issuesOf({ emails: ["a@x.cn", "王老师 a@x.cn"] })).toEqual([expect.objectContaining({ field: "emails", line: 2 })]);
  });

  it("refuses an empty list", () => {
    expect(issuesOf({ csv: "邮箱\n\n" })).toEqual([expect.objectContaining({ field: "csv", message: "empty" })]);
  });
});
