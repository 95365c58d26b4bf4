export const DEVICE_COOKIE = "wence_device";

/** The device token cookie: HttpOnly, a year long, Secure when served over HTTPS. */
export function deviceCookieHeader(token: string, requestUrl: string): string {
  const secure = requestUrl.startsWith("https:") ? "; Secure" : "";
  return `${DEVICE_COOKIE}=${token}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure}`;
}
