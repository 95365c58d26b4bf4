import { requireAdminToken } from "@/lib/auth/require-admin-token";
import { env } from "@/lib/env";
import { apiHandler, json, readBody } from "@/lib/http/api-handler";
import { importOrgs } from "@/lib/orgs/import-orgs";

const MAX_CSV_BYTES = 5 * 1024 * 1024;

export const POST = apiHandler("/api/orgs/import", async (request: Request) => {
  requireAdminToken(request);
  const body = await readBody(request, MAX_CSV_BYTES);
  const summary = await importOrgs(body, { cityName: env().WENCE_CITY_NAME });
  return json(200, summary);
});
