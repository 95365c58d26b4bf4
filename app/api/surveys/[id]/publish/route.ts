import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { publishSurveyForCaller } from "@/lib/surveys/publish-survey-for-caller";

type Context = { params: Promise<{ id: string }> };

export const POST = apiHandler("/api/surveys/{id}/publish", async (request: Request, { params }: Context) => {
  return json(200, await publishSurveyForCaller(await authenticateRequest(request), (await params).id));
});
