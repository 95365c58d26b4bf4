import { z } from "zod";
import { compareDistricts, compareSchool } from "@/lib/analytics/compare-ratings";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readQuery } from "@/lib/http/read-json";
import { audiences } from "@/lib/surveys/audiences";

type Context = { params: Promise<{ id: string }> };
const blank = (v: unknown) => (v === "" ? undefined : v);
const querySchema = z.strictObject({
  school: z.preprocess(blank, z.string().trim().min(1).max(100).optional()),
  audience: z.preprocess(blank, z.enum(audiences).optional()),
});

export const GET = apiHandler("/api/surveys/{id}/compare", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  const { school, audience } = readQuery(request, querySchema);
  const surveyId = (await params).id;
  const scopeOrgId = await resolveCallerScope(caller, surveyId);
  const input = { surveyId, scopeOrgId, ...(audience === undefined ? {} : { audience }) };
  const db = await getDb();
  return json(200, school === undefined ? { kind: "districts", ...(await compareDistricts(db, input)) } : { kind: "school", ...(await compareSchool(db, { ...input, school })) });
});
