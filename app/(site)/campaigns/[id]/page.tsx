import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CampaignOverviewView } from "@/components/campaigns/campaign-overview";
import { CAMPAIGN_ROLES } from "@/lib/campaigns/campaign-access";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { getCampaignOverview } from "@/lib/campaigns/get-campaign-overview";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../../locale";
import { orNotFound } from "../../../or-not-found";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

/** Any campaign's overview, as the home page shows the newest one; below it, its settings for those who run campaigns. */
export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/campaigns/${id}`);
  const locale = await requestLocale();
  const t = getMessages(locale);
  const overview = await orNotFound(getCampaignOverview(caller, id));
  const runs = (CAMPAIGN_ROLES as readonly string[]).includes(caller.role);
  const campaign = runs ? await getCampaign(caller, id) : null;
  return (
    <>
      {runs && (
        <div className="page-head">
          <Link href="/campaigns">{t.campaigns.back}</Link>
        </div>
      )}
      {overview && <CampaignOverviewView overview={overview} locale={locale} label={t.home.campaignOverview} detailsLink={false} />}
      {campaign && (
        <section aria-labelledby="campaign-settings">
          <h2 id="campaign-settings">{t.campaigns.settings}</h2>
          {!campaign.editable && <p className="card muted">{t.campaigns.readOnly}</p>}
          <CampaignForm key={id} t={t} csrfToken={caller.csrfToken} initial={campaign} readOnly={!campaign.editable} />
        </section>
      )}
    </>
  );
}
