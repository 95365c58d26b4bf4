import { authenticateRequest, requireRole } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { listFollowUpContacts } from "@/lib/text/list-follow-up-contacts";

type Context = { params: Promise<{ id: string }> };

// Only a school's own administrators: contact details never travel up to the district or city.
export const GET = apiHandler("/api/surveys/{id}/contacts", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  requireRole(caller, ["school_admin"]);
  return json(200, await listFollowUpContacts(await getDb(), caller, (await params).id));
});
