import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { publicOrigin } from "@/lib/http/public-origin";
import { readJson } from "@/lib/http/read-json";
import { sendReminders, sendRemindersSchema } from "@/lib/invitations/send-reminders";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("/api/surveys/{id}/reminders", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const input = await readJson(request, sendRemindersSchema, 4096);
  return json(200, await sendReminders(caller, (await params).id, input, publicOrigin(request)));
});
