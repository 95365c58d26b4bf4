import { authenticateRequest, requireRole } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";
import { updateTheme, updateThemeBody } from "@/lib/text/save-theme";

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiHandler("/api/themes/{id}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  requireRole(caller, ["city_admin"]);
  const body = await readJson(request, updateThemeBody);
  return json(200, await updateTheme(await getDb(), caller, (await params).id, body));
});
