import { authenticateCredentials } from "../auth/authenticate-request";
import { getDb } from "../db/client";
import { problemAnswer, type HttpAnswer } from "../http/http-answer";
import { parseFilters } from "./analytics-filters";
import { resolveCallerScope } from "./resolve-caller-scope";
import { summarizeSurvey } from "./summarize-survey";

export interface SummaryRequest {
  surveyId: string;
  /** The query string's parameters (org, audience, stage, from, to). */
  query: Record<string, string>;
  authorization: string | null | undefined;
  cookieHeader: string | null | undefined;
}

/**
 * GET /api/surveys/{id}/summary, independent of the HTTP server: the Next.js route handler and the
 * production server (scripts/serve.ts) both answer through it, so the two cannot differ
 * (decision 020). Never throws: every failure becomes its status and problem body.
 */
export async function answerSummary(req: SummaryRequest): Promise<HttpAnswer> {
  try {
    const caller = await authenticateCredentials(req.authorization, req.cookieHeader);
    const filters = parseFilters(req.query);
    const scopeOrgId = await resolveCallerScope(caller, req.surveyId);
    return { status: 200, body: await summarizeSurvey(await getDb(), { surveyId: req.surveyId, scopeOrgId, ...filters }), headers: {} };
  } catch (e) {
    return problemAnswer("GET /api/surveys/{id}/summary", e);
  }
}
