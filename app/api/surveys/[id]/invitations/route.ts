import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { publicOrigin } from "@/lib/http/public-origin";
import { readJson } from "@/lib/http/read-json";
import { inviteByEmail, inviteByEmailSchema } from "@/lib/invitations/invite-by-email";
import { listInvitationCounts } from "@/lib/invitations/list-invitation-counts";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("/api/surveys/{id}/invitations", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  return json(200, { links: await listInvitationCounts(caller, (await params).id) });
});

export const POST = apiHandler("/api/surveys/{id}/invitations", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const input = await readJson(request, inviteByEmailSchema, 3 * 1024 * 1024);
  return json(201, await inviteByEmail(caller, (await params).id, input, publicOrigin(request)));
});
