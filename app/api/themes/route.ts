import { authenticateRequest, requireRole } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";
import { createTheme, createThemeBody } from "@/lib/text/save-theme";
import { loadThemes } from "@/lib/text/theme-taxonomy";

export const GET = apiHandler("/api/themes", async (request: Request) => {
  await authenticateRequest(request);
  return json(200, { themes: await loadThemes(await getDb()) });
});

// The taxonomy is the city's, so that theme counts compare across schools: city administrators edit it.
export const POST = apiHandler("/api/themes", async (request: Request) => {
  const caller = await authenticateRequest(request);
  requireRole(caller, ["city_admin"]);
  const body = await readJson(request, createThemeBody);
  return json(201, await createTheme(await getDb(), caller, body));
});
