import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";
import { updateUser, updateUserSchema } from "@/lib/users/update-user";

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiHandler("/api/users/{id}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  return json(200, await updateUser(caller, (await params).id, await readJson(request, updateUserSchema, 4096)));
});
