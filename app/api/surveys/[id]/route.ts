import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";
import { getSurvey } from "@/lib/surveys/get-survey";
import { saveSurveyDraft } from "@/lib/surveys/save-survey-draft";
import { surveySettingsSchema, updateSurveySettings } from "@/lib/surveys/update-survey-settings";

type Context = { params: Promise<{ id: string }> };
const draftSchema = z.object({ json: z.unknown().refine((v) => v !== undefined, { error: "请提供 json (json is required)" }) });

export const GET = apiHandler("/api/surveys/{id}", async (request: Request, { params }: Context) => {
  return json(200, await getSurvey(await authenticateRequest(request), (await params).id));
});

export const PUT = apiHandler("/api/surveys/{id}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const body = await readJson(request, draftSchema, 1024 * 1024);
  return json(200, await saveSurveyDraft(caller, (await params).id, body.json));
});

export const PATCH = apiHandler("/api/surveys/{id}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  return json(200, await updateSurveySettings(caller, (await params).id, await readJson(request, surveySettingsSchema, 16 * 1024)));
});
