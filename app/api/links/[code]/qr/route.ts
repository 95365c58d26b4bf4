import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler } from "@/lib/http/api-handler";
import { publicOrigin } from "@/lib/http/public-origin";
import { readQuery } from "@/lib/http/read-json";
import { renderLinkQr } from "@/lib/surveys/render-link-qr";

type Context = { params: Promise<{ code: string }> };
const querySchema = z.object({ format: z.enum(["svg", "png"]).default("svg") });

export const GET = apiHandler("/api/links/{code}/qr", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const { format } = readQuery(request, querySchema);
  const qr = await renderLinkQr(caller, (await params).code, format, publicOrigin(request));
  return new Response(qr.body as BodyInit, { headers: { "content-type": qr.contentType, "cache-control": "private, max-age=3600" } });
});
