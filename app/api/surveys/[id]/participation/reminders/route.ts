import { remindLowParticipation, remindParticipationSchema } from "@/lib/analytics/remind-low-participation";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { publicOrigin } from "@/lib/http/public-origin";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("/api/surveys/{id}/participation/reminders", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const input = await readJson(request, remindParticipationSchema, 200_000);
  return json(200, await remindLowParticipation(await getDb(), caller, (await params).id, input, publicOrigin(request)));
});
