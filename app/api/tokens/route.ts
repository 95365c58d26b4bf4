import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { createApiToken, createApiTokenSchema } from "@/lib/auth/create-api-token";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";

export const GET = apiHandler("/api/tokens", async (request: Request) => {
  return json(200, { tokens: await listApiTokens(await authenticateRequest(request)) });
});

export const POST = apiHandler("/api/tokens", async (request: Request) => {
  const caller = await authenticateRequest(request);
  const { name } = await readJson(request, createApiTokenSchema, 4096);
  return json(201, await createApiToken(caller.userId, name, caller));
});
