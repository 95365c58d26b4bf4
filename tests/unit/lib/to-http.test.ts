import { describe, it, expect } from "vitest";
import { AppError, type AppErrorCode } from "../../../lib/errors/app-error";
import { toHttpError } from "../../../lib/errors/to-http";

const expectedStatus: [AppErrorCode, number][] = [
  ["BAD_REQUEST", 400],
  ["UNAUTHENTICATED", 401],
  ["FORBIDDEN", 403],
  ["NOT_FOUND", 404],
  ["CONFLICT", 409],
  ["GONE", 410],
  ["PAYLOAD_TOO_LARGE", 413],
  ["VALIDATION", 422],
  ["RATE_LIMITED", 429],
];

describe("toHttpError", () => {
  it.each(expectedStatus)("maps %s to HTTP %i with its code and message", (code, status) => {
    const result = toHttpError(new AppError(code, "问卷不存在"));
    expect(result.status).toBe(status);
    expect(result.body).toEqual({ error: { code, message: "问卷不存在" } });
  });

  it("includes the field issues of an AppError", () => {
    const issues = [
      { field: "stage", line: 3, message: "第 3 行 stage：学段未知" },
      { field: "school_code", line: 5, message: "第 5 行 school_code：重复" },
    ];
    const { status, body } = toHttpError(new AppError("VALIDATION", "导入失败", issues));
    expect(status).toBe(422);
    expect(body.error.issues).toEqual(issues);
  });

  it("survives JSON serialisation", () => {
    const { body } = toHttpError(new AppError("CONFLICT", "已存在", [{ field: "code", message: "taken" }]));
    expect(JSON.parse(JSON.stringify(body))).toEqual({
      error: { code: "CONFLICT", message: "已存在", issues: [{ field: "code", message: "taken" }] },
    });
  });

  it("answers a plain Error with 500 and a generic message that leaks nothing", () => {
    const secret = new Error("connect ECONNREFUSED postgres://admin:hunter2@db:5432/wence");
    const { status, body } = toHttpError(secret);
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.issues).toBeUndefined();
    const text = JSON.stringify(body);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("ECONNREFUSED");
    expect(text).not.toContain(secret.stack?.split("\n")[1]?.trim() ?? "at ");
    expect(text).not.toMatch(/\bat .+:\d+:\d+/);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("answers a thrown string or other value with the same generic 500", () => {
    const fromError = toHttpError(new Error("boom"));
    for (const thrown of ["SELECT * FROM secret_table failed", 42, null, undefined, { message: "internal detail" }]) {
      const result = toHttpError(thrown);
      expect(result.status).toBe(500);
      expect(result.body).toEqual(fromError.body);
      expect(JSON.stringify(result.body)).not.toContain("secret_table");
      expect(JSON.stringify(result.body)).not.toContain("internal detail");
    }
  });

  it("does not treat an error that merely looks like an AppError as one", () => {
    const lookalike = Object.assign(new Error("not really"), { code: "NOT_FOUND", issues: [] });
    const { status, body } = toHttpError(lookalike);
    expect(status).toBe(500);
    expect(body.error.message).not.toContain("not really");
  });
});
