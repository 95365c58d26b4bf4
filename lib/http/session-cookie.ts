import { SESSION_COOKIE } from "../auth/session-policy";
import { isHttps } from "./public-origin";

/** The session cookie: HttpOnly, SameSite=Lax (links from WeChat still arrive signed in), Secure over HTTPS. */
export function sessionCookieHeader(request: Request, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${isHttps(request) ? "; Secure" : ""}`;
}

export function clearSessionCookieHeader(request: Request): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${isHttps(request) ? "; Secure" : ""}`;
}
