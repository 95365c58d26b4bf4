import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";

export const GET = apiHandler("/api/me", async (request: Request) => {
  const { userId, email, name, role, orgId, orgKind, orgName } = await authenticateRequest(request);
  return json(200, { id: userId, email, name, role, org: { id: orgId, kind: orgKind, name: orgName } });
});
