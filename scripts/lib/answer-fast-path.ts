// The requests the production server answers straight from node:http instead of through Next.js
// (scripts/serve.ts): Next's request path alone capped submissions near 280/s on two cores
// (decision 008) and was most of a summary's time (decisions 019, 020). Each is answered by the
// same function (or route handler) Next.js would call, so what a client gets cannot differ.
import type { IncomingMessage, ServerResponse } from "node:http";
import { GET as exportGet } from "../../app/api/surveys/[id]/export/route";
import { answerSummary } from "../../lib/analytics/answer-summary";
import { answerWithRoute } from "../../lib/http/answer-with-route";
import { sendHttpAnswer } from "../../lib/http/http-answer";
import { readNodeBody } from "../../lib/http/read-node-body";
import { answerSubmission, MAX_SUBMISSION_BYTES } from "../../lib/responses/answer-submission";
import { submissionCode } from "../../lib/responses/submission-path";

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The origin the request was made to: the Host used (over HTTPS if a trusted proxy says so). */
function requestOrigin(req: IncomingMessage, trustedProxies: number): string {
  const forwarded = trustedProxies > 0 ? header(req, "x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const origin = `${forwarded === "https" ? "https" : "http"}://${header(req, "host") ?? "localhost"}`;
  return URL.canParse(origin) ? origin : "http://localhost";
}

// GET paths (no trailing slash: Next.js redirects those).
const SUMMARY = /^\/api\/surveys\/([^/]+)\/summary$/;
const EXPORT = /^\/api\/surveys\/([^/]+)\/export$/;

/**
 * Answers `req` if it is one of the fast paths and returns true; false leaves it to Next.js.
 * The path must already be known to decode (`isDecodablePath`).
 */
export function answerFastPath(req: IncomingMessage, res: ServerResponse, trustedProxies: number): boolean {
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (req.method === "GET") {
    const summary = SUMMARY.exec(path);
    if (summary) {
      void answerSummary({
        surveyId: decodeURIComponent(summary[1]!),
        query: Object.fromEntries(new URLSearchParams(queryAt === -1 ? "" : url.slice(queryAt + 1))),
        authorization: header(req, "authorization"),
        cookieHeader: header(req, "cookie"),
      })
        .then((answer) => sendHttpAnswer(res, answer))
        // The answer functions never throw; a failure to send must not take the process down.
        .catch(() => res.destroy());
      return true;
    }
    const exported = EXPORT.exec(path);
    if (exported) {
      void answerWithRoute(req, res, requestOrigin(req, trustedProxies), exportGet, { id: decodeURIComponent(exported[1]!) }).catch(() => res.destroy());
      return true;
    }
    return false;
  }
  const code = submissionCode(req.method, url);
  if (code === undefined) return false;
  void answerSubmission({
    code,
    url: `${requestOrigin(req, trustedProxies)}${url}`,
    cookieHeader: header(req, "cookie"),
    forwardedFor: header(req, "x-forwarded-for"),
    socketAddress: req.socket.remoteAddress,
    readBody: () => readNodeBody(req, MAX_SUBMISSION_BYTES),
  })
    .then((answer) => sendHttpAnswer(res, answer))
    .catch(() => res.destroy());
  return true;
}
