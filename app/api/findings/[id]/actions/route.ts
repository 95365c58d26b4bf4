import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { addActionBody, addFindingAction } from "@/lib/findings/finding-actions";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("/api/findings/{id}/actions", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const body = await readJson(request, addActionBody);
  return json(201, await addFindingAction(await getDb(), caller, (await params).id, body));
});
