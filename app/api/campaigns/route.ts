import { authenticateRequest, requireRole } from "@/lib/auth/authenticate-request";
import { CAMPAIGN_ROLES } from "@/lib/campaigns/campaign-access";
import { campaignBodySchema, createCampaignForCaller } from "@/lib/campaigns/create-campaign-for-caller";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";

export const GET = apiHandler("/api/campaigns", async (request: Request) => {
  return json(200, { campaigns: await listCampaigns(await authenticateRequest(request)) });
});

export const POST = apiHandler("/api/campaigns", async (request: Request) => {
  const caller = await authenticateRequest(request);
  requireRole(caller, CAMPAIGN_ROLES);
  return json(201, await createCampaignForCaller(caller, await readJson(request, campaignBodySchema)));
});
