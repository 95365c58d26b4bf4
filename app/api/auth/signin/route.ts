import { assertSameOrigin } from "@/lib/auth/authenticate-request";
import { csrfTokenFor } from "@/lib/auth/csrf-token";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { signIn, signInSchema } from "@/lib/auth/sign-in";
import { apiHandler, json } from "@/lib/http/api-handler";
import { requestAddress } from "@/lib/http/client-address";
import { readJson } from "@/lib/http/read-json";
import { sessionCookieHeader } from "@/lib/http/session-cookie";

export const POST = apiHandler("/api/auth/signin", async (request: Request) => {
  assertSameOrigin(request);
  const input = await readJson(request, signInSchema, 4096);
  const session = await signIn(input, requestAddress(request));
  const csrfToken = await csrfTokenFor(hashSecretToken(session.token));
  return json(200, { user: session.user, csrfToken }, { "set-cookie": sessionCookieHeader(request, session.token, session.expiresAt) });
});
