import { CampaignOverviewView } from "@/components/campaigns/campaign-overview";
import { getCampaignOverview } from "@/lib/campaigns/get-campaign-overview";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../locale";
import { requirePageCaller } from "../page-caller";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const caller = await requirePageCaller("/");
  const locale = await requestLocale();
  const overview = await getCampaignOverview(caller);
  if (!overview) return <p className="card">{getMessages(locale).home.noCampaign}</p>;
  return <CampaignOverviewView overview={overview} locale={locale} label={getMessages(locale).home.currentCampaign} detailsLink />;
}
