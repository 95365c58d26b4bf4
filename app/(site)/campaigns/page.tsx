import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignList } from "@/components/campaigns/campaign-list";
import { CAMPAIGN_ROLES } from "@/lib/campaigns/campaign-access";
import { DEFAULT_CAMPAIGN_AUDIENCES } from "@/lib/campaigns/create-campaign";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../locale";
import { requirePageCaller } from "../../page-caller";

export const dynamic = "force-dynamic";

const EMPTY = { id: null, title: "", description: "", audiences: [...DEFAULT_CAMPAIGN_AUDIENCES], phases: [] };

export default async function CampaignsPage() {
  const caller = await requirePageCaller("/campaigns", CAMPAIGN_ROLES);
  const t = getMessages(await requestLocale());
  return (
    <>
      <h2>{t.campaigns.title}</h2>
      <p className="muted">{t.campaigns.intro}</p>
      <CampaignList t={t} campaigns={await listCampaigns(caller)} />
      <h3>{t.campaigns.newCampaign}</h3>
      <CampaignForm t={t} csrfToken={caller.csrfToken} initial={EMPTY} readOnly={false} />
    </>
  );
}
