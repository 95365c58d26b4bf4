import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CAMPAIGN_ROLES } from "@/lib/campaigns/campaign-access";
import { getCampaign } from "@/lib/campaigns/get-campaign";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../../locale";
import { orNotFound } from "../../../or-not-found";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/campaigns/${id}`, CAMPAIGN_ROLES);
  const t = getMessages(await requestLocale());
  const campaign = await orNotFound(getCampaign(caller, id));
  return (
    <>
      <div className="page-head">
        <h2>{campaign.title}</h2>
        <Link href="/campaigns">{t.campaigns.back}</Link>
      </div>
      {!campaign.editable && <p className="card muted">{t.campaigns.readOnly}</p>}
      <CampaignForm key={id} t={t} csrfToken={caller.csrfToken} initial={campaign} readOnly={!campaign.editable} />
    </>
  );
}
