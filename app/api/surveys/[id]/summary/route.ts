import { answerSummary } from "@/lib/analytics/answer-summary";
import { json } from "@/lib/http/api-handler";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const answer = await answerSummary({
    surveyId: (await params).id,
    query: Object.fromEntries(new URL(request.url).searchParams),
    authorization: request.headers.get("authorization"),
    cookieHeader: request.headers.get("cookie"),
  });
  return json(answer.status, answer.body, answer.headers);
}
