import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";
import { listOutbox, listOutboxQuerySchema } from "@/lib/mail/list-outbox";

export const GET = apiHandler("/api/mail/outbox", async (request: Request) => {
  const caller = await authenticateRequest(request);
  return json(200, { messages: await listOutbox(caller, readQuery(request, listOutboxQuerySchema)) });
});
