import { z } from "zod";
import { parseFilters, refuseDateRange } from "@/lib/analytics/analytics-filters";
import { getParticipation } from "@/lib/analytics/get-participation";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string }> };
const querySchema = z.object({ target: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(0).max(1).optional()) });

export const GET = apiHandler("/api/surveys/{id}/participation", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const { target } = readQuery(request, querySchema);
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams));
  refuseDateRange(filters, "参与情况");
  const surveyId = (await params).id;
  const scopeOrgId = await resolveCallerScope(caller, surveyId);
  return json(200, await getParticipation(await getDb(), { surveyId, scopeOrgId, ...filters, ...(target === undefined ? {} : { target }) }));
});
