import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AppError } from "../errors/app-error";
import { toHttpError } from "../errors/to-http";
import { sendHttpAnswer } from "./http-answer";
import { BASE_SECURITY_HEADERS } from "./security-headers";

/** A route handler as an App Router route.ts exports it. */
export type RouteHandler<P extends Record<string, string>> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * Answers a node:http request with an App Router route handler, called as Next.js would call it
 * (a web Request in, a web Response out), for the few routes the production server answers
 * itself (decision 019). The body streams with backpressure: a slow client slows the reads
 * behind it, and a client that goes away cancels them.
 */
export async function answerWithRoute<P extends Record<string, string>>(req: IncomingMessage, res: ServerResponse, origin: string, handler: RouteHandler<P>, params: P): Promise<void> {
  let gone = false;
  res.once("close", () => (gone = true));
  let request: Request;
  try {
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    request = new Request(`${origin}${req.url}`, { method: req.method, headers });
  } catch {
    // A header value or URL the web Request refuses is the client's error, not ours: no log.
    return answerProblem(res, new AppError("BAD_REQUEST", "请求格式不正确 (malformed request)", [{ field: "headers", message: "a header or the URL is not valid" }]));
  }
  let response: Response;
  try {
    response = await handler(request, { params: Promise.resolve(params) });
  } catch (e) {
    // Handlers wrapped in apiHandler never throw; this keeps one that does from taking the server down.
    console.error(`[api] ${req.method} ${req.url?.split("?")[0]} failed`, e);
    return answerProblem(res, e);
  }
  if (gone) {
    // The client left while the handler ran: nobody will read the body.
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  const out: Record<string, string | string[]> = { ...BASE_SECURITY_HEADERS };
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") out[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) out["set-cookie"] = cookies;
  if (!response.body) {
    res.writeHead(response.status, out);
    res.end();
    return;
  }
  if (out["content-type"]?.includes("application/json")) {
    // A JSON body (here: an export's error) is whole already, json() stringified it: one write
    // with its length, not a web stream piped through a Node stream.
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (gone) return;
    res.writeHead(response.status, { ...out, "content-length": String(bytes.byteLength) });
    res.end(bytes);
    return;
  }
  res.writeHead(response.status, out);
  const body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  body.on("error", (e) => {
    console.error(`[api] ${req.method} ${req.url?.split("?")[0]} failed while streaming`, e);
    res.destroy(e);
  });
  // Destroying the readable cancels the web stream, which ends the handler's reads.
  res.on("close", () => body.destroy());
  body.pipe(res);
}

function answerProblem(res: ServerResponse, e: unknown): void {
  const { status, body } = toHttpError(e);
  sendHttpAnswer(res, { status, body, headers: {} });
}
