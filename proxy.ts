import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { BASE_SECURITY_HEADERS, contentSecurityPolicy } from "@/lib/http/security-headers";
import { DEVICE_COOKIE } from "@/lib/responses/device-cookie";
import { isDeviceToken, newDeviceToken } from "@/lib/responses/device-token";
import { linkHttpStatus } from "@/lib/responses/link-http-status";

/**
 * Every page: a fresh CSP nonce (Next.js puts it on its own scripts) and the security headers.
 * The public questionnaire page also answers with the link's true status (404 unknown, 410
 * closed or not yet open; pages cannot set a status themselves) and gives the device its token.
 */
export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, env().NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);

  const isSurvey = request.nextUrl.pathname.startsWith("/s/");
  const status = isSurvey ? await linkHttpStatus(decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "")) : 200;
  const response = status === 200 ? NextResponse.next({ request: { headers } }) : NextResponse.rewrite(request.nextUrl, { status, request: { headers } });
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(name, value);
  if (isSurvey && !isDeviceToken(request.cookies.get(DEVICE_COOKIE)?.value)) {
    response.cookies.set(DEVICE_COOKIE, newDeviceToken(), {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      maxAge: 365 * 24 * 3600,
      path: "/",
    });
  }
  return response;
}

// Pages only: API routes, static files and images get their headers from next.config.mjs.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"] };
