import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";
import { listTexts } from "@/lib/text/list-texts";
import { textsQuery } from "@/lib/text/texts-query";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("/api/surveys/{id}/texts", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const query = readQuery(request, textsQuery);
  const surveyId = (await params).id;
  const scopeOrgId = await resolveCallerScope(caller, surveyId);
  return json(200, await listTexts(await getDb(), { surveyId, scopeOrgId, ...query }));
});
