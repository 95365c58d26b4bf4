import { assertSameOrigin } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";
import { sessionCookieHeader } from "@/lib/http/session-cookie";
import { acceptInvitation, acceptInvitationSchema } from "@/lib/users/accept-invitation";

export const POST = apiHandler("/api/auth/accept-invitation", async (request: Request) => {
  assertSameOrigin(request);
  const session = await acceptInvitation(await readJson(request, acceptInvitationSchema, 4096));
  return json(200, { ok: true }, { "set-cookie": sessionCookieHeader(request, session.token, session.expiresAt) });
});
