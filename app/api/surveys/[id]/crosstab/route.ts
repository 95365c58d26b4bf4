import { z } from "zod";
import { parseFilters, refuseDateRange } from "@/lib/analytics/analytics-filters";
import { crossTabulate } from "@/lib/analytics/cross-tabulate";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string }> };
const querySchema = z.object({ question: z.string().trim().min(1).max(200), by: z.string().trim().min(1).max(200) });

export const GET = apiHandler("/api/surveys/{id}/crosstab", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const { question, by } = readQuery(request, querySchema);
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams));
  refuseDateRange(filters, "交叉分析");
  const surveyId = (await params).id;
  const scopeOrgId = await resolveCallerScope(caller, surveyId);
  return json(200, await crossTabulate(await getDb(), { surveyId, scopeOrgId, question, by, ...filters }));
});
