import { authenticateRequest, requireRole } from "@/lib/auth/authenticate-request";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { env } from "@/lib/env";
import { apiHandler, json, readBody } from "@/lib/http/api-handler";
import { importOrgs } from "@/lib/orgs/import-orgs";

const MAX_CSV_BYTES = 5 * 1024 * 1024;

export const POST = apiHandler("/api/orgs/import", async (request: Request) => {
  const caller = await authenticateRequest(request);
  requireRole(caller, ["city_admin"]);
  const body = await readBody(request, MAX_CSV_BYTES);
  const summary = await importOrgs(body, { cityName: env().WENCE_CITY_NAME });
  await recordAuditEvent(caller, { action: "orgs.import", resourceType: "org", resourceId: "*", detail: { ...summary } });
  return json(200, summary);
});
