import { readCookie } from "../http/cookies";
import { requestHost } from "../http/public-origin";
import { AppError } from "../errors/app-error";
import type { Caller } from "./caller";
import { isCsrfTokenValid } from "./csrf-token";
import { loadSessionCaller, loadTokenCaller } from "./load-caller";
import type { Role } from "./roles";
import { SESSION_COOKIE } from "./session-policy";

export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const unauthenticated = () =>
  new AppError("UNAUTHENTICATED", "请先登录 (sign-in required)", [{ field: "authorization", message: "missing, expired or invalid session or token" }]);

/**
 * Refuses a cross-site request outright (login CSRF, and defence in depth for sessions): a browser
 * sends Origin on every POST, so one naming another host is never ours.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") {
    if (request.headers.get("sec-fetch-site") === "cross-site") throw csrfError();
    return;
  }
  const host = requestHost(request);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw csrfError();
  }
  if (originHost !== host) throw csrfError();
}

const csrfError = () =>
  new AppError("FORBIDDEN", "请求来源校验失败，请刷新页面后重试 (CSRF check failed)", [{ field: CSRF_HEADER, message: "missing or invalid CSRF token" }]);

/**
 * The caller behind a request's credentials: a bearer API token (the Authorization header), else a
 * session cookie. Enough on its own for a safe (GET, HEAD) request; `authenticateRequest` adds the
 * checks a state-changing one needs.
 */
export async function authenticateCredentials(authorization: string | null | undefined, cookieHeader: string | null | undefined): Promise<Caller> {
  if (authorization) {
    const token = authorization.startsWith("Bearer ") ? authorization.slice(7).trim() : "";
    const caller = token ? await loadTokenCaller(token) : null;
    if (!caller) throw unauthenticated();
    return caller;
  }
  const cookie = readCookie(cookieHeader, SESSION_COOKIE);
  const caller = cookie ? await loadSessionCaller(cookie) : null;
  if (!caller) throw unauthenticated();
  return caller;
}

/**
 * The caller of an API request: a bearer API token, or a session cookie. A state-changing request
 * on a cookie session must come from our own pages, proven by the session's CSRF token in the
 * X-CSRF-Token header. Tokens need no CSRF check: a browser never attaches them on its own.
 */
export async function authenticateRequest(request: Request): Promise<Caller> {
  const caller = await authenticateCredentials(request.headers.get("authorization"), request.headers.get("cookie"));
  if (caller.via === "session" && !SAFE_METHODS.has(request.method)) {
    assertSameOrigin(request);
    if (!caller.sessionId || !(await isCsrfTokenValid(caller.sessionId, request.headers.get(CSRF_HEADER)))) throw csrfError();
  }
  return caller;
}

/** 403 for a caller whose role may not use this endpoint at all (scope is checked on the resource). */
export function requireRole(caller: Caller, roles: readonly Role[]): void {
  if (!roles.includes(caller.role)) {
    throw new AppError("FORBIDDEN", "当前角色无权进行此操作 (your role may not do this)", [{ field: "role", message: `one of ${roles.join(", ")} required` }]);
  }
}
