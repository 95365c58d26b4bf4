import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { apiHandler, json, readBody } from "@/lib/http/api-handler";
import { readCookie } from "@/lib/http/cookies";
import { clientAddress, createRateLimiter } from "@/lib/http/rate-limit";
import { DEVICE_COOKIE, deviceCookieHeader } from "@/lib/responses/device-cookie";
import { isDeviceToken, newDeviceToken } from "@/lib/responses/device-token";
import { submitResponse } from "@/lib/responses/submit-response";

const MAX_BODY = 256 * 1024;
// Per client address: generous enough for a whole school behind one NAT address (docs/decisions/008).
let perAddress: ReturnType<typeof createRateLimiter> | undefined;
const limiter = () =>
  (perAddress ??= createRateLimiter({ limit: env().WENCE_SUBMIT_LIMIT, windowMs: 10 * 60_000, message: "提交过于频繁，请稍后再试 (too many submissions, try again later)" }));

type Context = { params: Promise<{ code: string }> };

export const POST = apiHandler("/api/s/{code}/responses", async (request: Request, { params }: Context) => {
  const { code } = await params;
  limiter().take(clientAddress(request.headers, env().WENCE_TRUST_PROXY));
  const raw = new TextDecoder().decode(await readBody(request, MAX_BODY));
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "请求体不是合法的 JSON (malformed JSON)", [{ field: "body", message: "malformed JSON" }]);
  }
  const cookie = readCookie(request.headers, DEVICE_COOKIE);
  const deviceToken = isDeviceToken(cookie) ? cookie : newDeviceToken();
  const result = await submitResponse({ code, body, deviceToken });
  const headers: Record<string, string> = cookie === deviceToken ? {} : { "set-cookie": deviceCookieHeader(deviceToken, request.url) };
  return json(result.status === "created" ? 201 : 200, { id: result.id }, headers);
});
