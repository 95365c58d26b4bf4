import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { notFound } from "@/lib/auth/org-scope";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";
import { correctTextThemes, correctThemesBody } from "@/lib/text/correct-text-themes";

type Context = { params: Promise<{ id: string }> };

export const PUT = apiHandler("/api/texts/{id}/themes", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const id = z.coerce.number().int().positive().safeParse((await params).id);
  if (!id.success) throw notFound("该答案");
  const body = await readJson(request, correctThemesBody);
  return json(200, await correctTextThemes(await getDb(), caller, id.data, body.themes));
});
