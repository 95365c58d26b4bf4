import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { signOut } from "@/lib/auth/sign-out";
import { apiHandler } from "@/lib/http/api-handler";
import { clearSessionCookieHeader } from "@/lib/http/session-cookie";

export const POST = apiHandler("/api/auth/signout", async (request: Request) => {
  await signOut(await authenticateRequest(request));
  return new Response(null, { status: 204, headers: { "set-cookie": clearSessionCookieHeader(request) } });
});
