import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { updateActionBody, updateFindingAction } from "@/lib/findings/finding-actions";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string; actionId: string }> };

export const PATCH = apiHandler("/api/findings/{id}/actions/{actionId}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const body = await readJson(request, updateActionBody);
  const { id, actionId } = await params;
  return json(200, await updateFindingAction(await getDb(), caller, id, actionId, body));
});
