import { AppError, type AppErrorCode } from "./app-error";

const statusByCode: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION: 422,
  RATE_LIMITED: 429,
};

export interface ProblemBody {
  error: { code: AppErrorCode | "INTERNAL"; message: string; issues?: AppError["issues"] };
  /** For rejected survey answers: every failing question (the documented submission API shape). */
  errors?: { question: string; message: string }[];
}

/** Maps any thrown value to a status and a JSON body that never leaks internals. */
export function toHttpError(e: unknown): { status: number; body: ProblemBody } {
  if (e instanceof AppError) {
    const body: ProblemBody = { error: { code: e.code, message: e.message } };
    if (e.issues.length > 0) body.error.issues = e.issues;
    if (e.subject === "answers") body.errors = e.issues.map((i) => ({ question: i.field, message: i.message }));
    return { status: statusByCode[e.code], body };
  }
  return {
    status: 500,
    body: { error: { code: "INTERNAL", message: "服务器内部错误，请稍后重试 (internal error)" } },
  };
}
