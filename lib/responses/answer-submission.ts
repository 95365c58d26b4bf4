import { env } from "../env";
import { AppError } from "../errors/app-error";
import { readCookie } from "../http/cookies";
import { problemAnswer, type HttpAnswer } from "../http/http-answer";
import { clientAddress, createRateLimiter, type RateLimiter } from "../http/rate-limit";
import { DEVICE_COOKIE, deviceCookieHeader } from "./device-cookie";
import { isDeviceToken, newDeviceToken } from "./device-token";
import { submitResponse } from "./submit-response";

export const MAX_SUBMISSION_BYTES = 256 * 1024;

export interface SubmissionRequest {
  code: string;
  url: string;
  cookieHeader: string | null | undefined;
  forwardedFor: string | null | undefined;
  socketAddress?: string;
  /** Reads the body, refusing one over MAX_SUBMISSION_BYTES with PAYLOAD_TOO_LARGE. */
  readBody(): Promise<string>;
}

let limiter: RateLimiter | undefined;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "请求体不是合法的 JSON (malformed JSON)", [{ field: "body", message: "malformed JSON" }]);
  }
}

/**
 * POST /api/s/{code}/responses, independent of the HTTP server: the Next.js route handler and the
 * production server's fast path (scripts/serve.ts) both answer through it, so the two cannot differ.
 * Never throws: every failure becomes its status and problem body.
 */
export async function answerSubmission(req: SubmissionRequest): Promise<HttpAnswer> {
  try {
    // Per client address: generous enough for a whole school behind one NAT address (decision 008).
    limiter ??= createRateLimiter({ limit: env().WENCE_SUBMIT_LIMIT, windowMs: 10 * 60_000, message: "提交过于频繁，请稍后再试 (too many submissions, try again later)" });
    limiter.take(clientAddress(req.forwardedFor, req.socketAddress, env().WENCE_TRUST_PROXY));
    const body = parseJson(await req.readBody());
    const cookie = readCookie(req.cookieHeader, DEVICE_COOKIE);
    const deviceToken = isDeviceToken(cookie) ? cookie : newDeviceToken();
    const result = await submitResponse({ code: req.code, body, deviceToken });
    const headers: Record<string, string> = cookie === deviceToken ? {} : { "set-cookie": deviceCookieHeader(deviceToken, req.url) };
    return { status: result.status === "created" ? 201 : 200, body: { id: result.id }, headers };
  } catch (e) {
    return problemAnswer("POST /api/s/{code}/responses", e);
  }
}
