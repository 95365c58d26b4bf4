import { env } from "../env";
import { SESSION_COOKIE } from "../auth/session-policy";

/** Secure whenever the site is served over HTTPS, as seen directly or through a trusted proxy. */
function isHttps(request: Request): boolean {
  const { WENCE_PUBLIC_URL, WENCE_TRUST_PROXY } = env();
  if (WENCE_PUBLIC_URL?.startsWith("https:") || request.url.startsWith("https:")) return true;
  return WENCE_TRUST_PROXY > 0 && request.headers.get("x-forwarded-proto") === "https";
}

/** The session cookie: HttpOnly, SameSite=Lax (links from WeChat still arrive signed in), Secure over HTTPS. */
export function sessionCookieHeader(request: Request, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${isHttps(request) ? "; Secure" : ""}`;
}

export function clearSessionCookieHeader(request: Request): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${isHttps(request) ? "; Secure" : ""}`;
}
