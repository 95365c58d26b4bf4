import { listAuditEvents, listAuditQuerySchema } from "@/lib/audit/list-audit-events";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";

export const GET = apiHandler("/api/audit", async (request: Request) => {
  const caller = await authenticateRequest(request);
  return json(200, await listAuditEvents(caller, readQuery(request, listAuditQuerySchema)));
});
