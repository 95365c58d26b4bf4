import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { apiHandler, json } from "@/lib/http/api-handler";
import { publicOrigin } from "@/lib/http/public-origin";
import { readJson, readQuery } from "@/lib/http/read-json";
import { generateLinksForCaller, generateLinksSchema } from "@/lib/surveys/generate-links-for-caller";
import { linksAsXlsx } from "@/lib/surveys/links-as-xlsx";
import { linksAsCsv, listLinksForCaller } from "@/lib/surveys/list-links-for-caller";

type Context = { params: Promise<{ id: string }> };
const querySchema = z.object({ format: z.enum(["json", "csv", "xlsx"]).default("json") });

export const GET = apiHandler("/api/surveys/{id}/links", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const { format } = readQuery(request, querySchema);
  const links = await listLinksForCaller(caller, (await params).id, publicOrigin(request));
  if (format === "json") return json(200, links);
  if (format === "xlsx") {
    return new Response((await linksAsXlsx(links)) as BodyInit, {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": 'attachment; filename="links.xlsx"',
        "cache-control": "no-store",
      },
    });
  }
  return new Response(linksAsCsv(links), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="links.csv"', "cache-control": "no-store" },
  });
});

export const POST = apiHandler("/api/surveys/{id}/links", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const input = await readJson(request, generateLinksSchema, 256 * 1024);
  return json(200, await generateLinksForCaller(caller, (await params).id, input, publicOrigin(request)));
});
