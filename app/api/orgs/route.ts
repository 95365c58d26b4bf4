import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { listOrgsInScope } from "@/lib/orgs/list-orgs-in-scope";

export const GET = apiHandler("/api/orgs", async (request: Request) => {
  return json(200, { orgs: await listOrgsInScope(await authenticateRequest(request)) });
});
