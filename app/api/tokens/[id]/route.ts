import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { apiHandler } from "@/lib/http/api-handler";

type Context = { params: Promise<{ id: string }> };

export const DELETE = apiHandler("/api/tokens/{id}", async (request: Request, { params }: Context) => {
  await revokeApiToken(await authenticateRequest(request), (await params).id);
  return new Response(null, { status: 204 });
});
