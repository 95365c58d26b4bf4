import type { ServerResponse } from "node:http";
import { toHttpError } from "../errors/to-http";
import { BASE_SECURITY_HEADERS } from "./security-headers";

/** A JSON answer, independent of the HTTP server that sends it. */
export interface HttpAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** Sends a JSON answer from node:http, as Next.js would send it: security headers, no caching. */
export function sendHttpAnswer(res: ServerResponse, answer: HttpAnswer): void {
  const body = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": String(Buffer.byteLength(body)),
    ...BASE_SECURITY_HEADERS,
    ...answer.headers,
  });
  res.end(body);
}

/**
 * The answer for a failure of a framework-free route (`apiHandler`'s mapping, for functions that
 * answer without a web Response): its status and problem body; a 5xx is logged with the route.
 */
export function problemAnswer(route: string, e: unknown): HttpAnswer {
  const { status, body } = toHttpError(e);
  if (status >= 500) console.error(`[api] ${route} failed`, e);
  return { status, body, headers: {} };
}
