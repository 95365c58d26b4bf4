import { env } from "../env";

/**
 * The origin people reach Wence at, for links handed out (invitations, survey links): the
 * configured WENCE_PUBLIC_URL, else the Host the browser used (as forwarded by a trusted proxy).
 * Not request.url: behind a custom server Next.js reports its own bind address there.
 */
export function publicOrigin(request: Request): string {
  const { WENCE_PUBLIC_URL, WENCE_TRUST_PROXY } = env();
  if (WENCE_PUBLIC_URL) return new URL(WENCE_PUBLIC_URL).origin;
  const host = requestHost(request);
  const forwardedProto = WENCE_TRUST_PROXY > 0 ? request.headers.get("x-forwarded-proto") : null;
  const proto = forwardedProto ?? new URL(request.url).protocol.replace(":", "");
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** Whether the browser reached us over HTTPS (then cookies are Secure). */
export function isHttps(request: Request): boolean {
  return publicOrigin(request).startsWith("https:");
}

/** The host the browser addressed (through a trusted proxy, the one it forwarded). */
export function requestHost(request: Request): string {
  const forwarded = env().WENCE_TRUST_PROXY > 0 ? request.headers.get("x-forwarded-host") : null;
  return forwarded ?? request.headers.get("host") ?? new URL(request.url).host;
}

/** The origin for links in mail composed outside any request (a timer, a command): WENCE_PUBLIC_URL, else the fallback. */
export function configuredOrigin(fallback: string): string {
  const { WENCE_PUBLIC_URL } = env();
  return WENCE_PUBLIC_URL ? new URL(WENCE_PUBLIC_URL).origin : fallback;
}
