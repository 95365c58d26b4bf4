import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/authenticate-request";
import { getDb } from "@/lib/db/client";
import { createFinding, createFindingBody } from "@/lib/findings/create-finding";
import { findingStatusSchema } from "@/lib/findings/finding-status";
import { listFindings } from "@/lib/findings/list-findings";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson, readQuery } from "@/lib/http/read-json";

const query = z.object({ status: findingStatusSchema.optional(), campaign: z.string().min(1).max(64).optional() });

export const GET = apiHandler("/api/findings", async (request: Request) => {
  const caller = await authenticateRequest(request);
  const { status, campaign } = readQuery(request, query);
  return json(200, await listFindings(await getDb(), caller, { status, campaignId: campaign }));
});

export const POST = apiHandler("/api/findings", async (request: Request) => {
  const caller = await authenticateRequest(request);
  const body = await readJson(request, createFindingBody);
  return json(201, await createFinding(await getDb(), caller, body));
});
