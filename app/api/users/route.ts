import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { publicOrigin } from "@/lib/http/public-origin";
import { readJson } from "@/lib/http/read-json";
import { inviteUser, inviteUserSchema } from "@/lib/users/invite-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = apiHandler("/api/users", async (request: Request) => {
  return json(200, { users: await listUsers(await authenticateRequest(request)) });
});

export const POST = apiHandler("/api/users", async (request: Request) => {
  const caller = await authenticateRequest(request);
  const invited = await inviteUser(caller, await readJson(request, inviteUserSchema, 4096));
  return json(201, { id: invited.id, inviteUrl: `${publicOrigin(request)}${invited.invitePath}` });
});
