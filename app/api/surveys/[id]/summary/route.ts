import { requireAdminToken } from "@/lib/auth/require-admin-token";
import { parseFilters } from "@/lib/analytics/analytics-filters";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { summarizeSurvey } from "@/lib/analytics/summarize-survey";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("/api/surveys/{id}/summary", async (request: Request, { params }: Context) => {
  requireAdminToken(request);
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const scopeOrgId = await resolveCallerScope(db);
  return json(200, await summarizeSurvey(db, { surveyId: (await params).id, scopeOrgId, ...filters }));
});
