import { NextResponse, type NextRequest } from "next/server";
import { decodeComponent } from "@/lib/http/decode-component";
import { DEVICE_COOKIE } from "@/lib/responses/device-cookie";
import { isDeviceToken, newDeviceToken } from "@/lib/responses/device-token";
import { linkHttpStatus } from "@/lib/responses/link-http-status";

/**
 * The public questionnaire page: answers with the link's true status (404 unknown, 410 closed or
 * not yet open; pages cannot set a status themselves) and gives the device its random token.
 */
export async function proxy(request: NextRequest) {
  const code = decodeComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  const status = await linkHttpStatus(code);
  const response = status === 200 ? NextResponse.next() : NextResponse.rewrite(request.nextUrl, { status });
  if (!isDeviceToken(request.cookies.get(DEVICE_COOKIE)?.value)) {
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

export const config = { matcher: "/s/:code" };
