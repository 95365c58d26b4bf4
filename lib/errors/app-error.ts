// One error type for every expected failure in the domain. Route handlers map `code` to an
// HTTP status in lib/errors/to-http.ts; anything that is not an AppError is a bug and is
// answered with a generic message.
export type AppErrorCode =
  | "BAD_REQUEST"
  | "VALIDATION"
  | "NOT_FOUND"
  | "CONFLICT"
  | "GONE"
  | "PAYLOAD_TOO_LARGE"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "RATE_LIMITED";

export interface FieldIssue {
  /** Where the problem is: a field name, a CSV "line 7, field stage", a question name. */
  field: string;
  message: string;
  line?: number;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: FieldIssue[];
  /** "answers": the issues name survey questions (the submission API lists them as `errors`). */
  readonly subject: "fields" | "answers";

  constructor(code: AppErrorCode, message: string, issues: FieldIssue[] = [], subject: "fields" | "answers" = "fields") {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
    this.subject = subject;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
