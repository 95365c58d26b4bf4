import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";
import { diffSurveyVersions } from "@/lib/surveys/diff-survey-versions";

type Context = { params: Promise<{ id: string }> };
const querySchema = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

export const GET = apiHandler("/api/surveys/{id}/diff", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const { from, to } = readQuery(request, querySchema);
  return json(200, await diffSurveyVersions(caller, (await params).id, from, to));
});
