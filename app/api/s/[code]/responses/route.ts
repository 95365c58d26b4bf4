import { json, readBody } from "@/lib/http/api-handler";
import { answerSubmission, MAX_SUBMISSION_BYTES } from "@/lib/responses/answer-submission";

type Context = { params: Promise<{ code: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const answer = await answerSubmission({
    code: (await params).code,
    url: request.url,
    cookieHeader: request.headers.get("cookie"),
    forwardedFor: request.headers.get("x-forwarded-for"),
    readBody: async () => new TextDecoder().decode(await readBody(request, MAX_SUBMISSION_BYTES)),
  });
  return json(answer.status, answer.body, answer.headers);
}
