import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";
import { createSurveySchema } from "@/lib/surveys/create-survey";
import { createSurveyForCaller } from "@/lib/surveys/create-survey-for-caller";
import { listSurveys } from "@/lib/surveys/list-surveys";

const MAX_DEFINITION_BYTES = 1024 * 1024;

export const GET = apiHandler("/api/surveys", async (request: Request) => {
  return json(200, { surveys: await listSurveys(await authenticateRequest(request)) });
});

export const POST = apiHandler("/api/surveys", async (request: Request) => {
  const caller = await authenticateRequest(request);
  const created = await createSurveyForCaller(caller, await readJson(request, createSurveySchema, MAX_DEFINITION_BYTES));
  return json(201, { id: created.id });
});
