import { AppError } from "../errors/app-error";
import { toHttpError } from "../errors/to-http";

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/**
 * Wraps a route handler: AppErrors become their status and a JSON problem body; anything else is
 * logged with the route and answered with a generic 500 that reveals nothing internal.
 */
export function apiHandler<C>(route: string, fn: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await fn(request, context);
    } catch (e) {
      const { status, body } = toHttpError(e);
      if (status >= 500) console.error(`[api] ${request.method} ${route} failed`, e);
      return json(status, body);
    }
  };
}

/** Reads the body up to `maxBytes`; larger bodies are refused without reading them whole. */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () =>
    new AppError("PAYLOAD_TOO_LARGE", `请求体超过 ${Math.round(maxBytes / 1024)} KB (body too large)`, [
      { field: "body", message: `at most ${maxBytes} bytes` },
    ]);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
