import { authenticateRequest, requireRole } from "@/lib/auth/authenticate-request";
import { CAMPAIGN_ROLES } from "@/lib/campaigns/campaign-access";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { updateCampaign, updateCampaignSchema } from "@/lib/campaigns/update-campaign";
import { apiHandler, json } from "@/lib/http/api-handler";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("/api/campaigns/{id}", async (request: Request, { params }: Context) => {
  return json(200, await getCampaign(await authenticateRequest(request), (await params).id));
});

export const PATCH = apiHandler("/api/campaigns/{id}", async (request: Request, { params }: Context) => {
  const caller = await authenticateRequest(request);
  requireRole(caller, CAMPAIGN_ROLES);
  return json(200, await updateCampaign(caller, (await params).id, await readJson(request, updateCampaignSchema)));
});
