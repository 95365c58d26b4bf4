import { parseFilters } from "@/lib/analytics/analytics-filters";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { summarizeSurvey } from "@/lib/analytics/summarize-survey";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("/api/surveys/{id}/summary", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams));
  const surveyId = (await params).id;
  const scopeOrgId = await resolveCallerScope(caller, surveyId);
  return json(200, await summarizeSurvey(await getDb(), { surveyId, scopeOrgId, ...filters }));
});
