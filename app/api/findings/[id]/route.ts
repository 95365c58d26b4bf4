import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { getFinding } from "@/lib/findings/get-finding";
import { updateFinding, updateFindingBody } from "@/lib/findings/update-finding";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("/api/findings/{id}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  return json(200, await getFinding(await getDb(), caller, (await params).id));
});

export const PATCH = apiHandler("/api/findings/{id}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const body = await readJson(request, updateFindingBody);
  return json(200, await updateFinding(await getDb(), caller, (await params).id, body));
});
