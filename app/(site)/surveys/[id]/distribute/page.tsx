import { DistributionView } from "@/components/distribution/distribution-view";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { listInvitationCounts } from "@/lib/invitations/list-invitation-counts";
import { mailConfig } from "@/lib/mail/mail-config";
import { isAudience } from "@/lib/surveys/audiences";
import { getDistribution } from "@/lib/surveys/get-distribution";
import Link from "next/link";
import { requestLocale } from "../../../../locale";
import { orNotFound } from "../../../../or-not-found";
import { requirePageCaller } from "../../../../page-caller";
import { pageOrigin } from "../../../../page-origin";

export const dynamic = "force-dynamic";

export default async function DistributePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/surveys/${id}/distribute`, ["city_admin", "district_admin", "school_admin"]);
  const t = getMessages(await requestLocale());
  const data = await orNotFound(getDistribution(caller, id, await pageOrigin()));
  const invitations = await listInvitationCounts(caller, id);
  const survey = { ...data.survey, audiences: data.survey.audiences.filter(isAudience) };
  return (
    <>
      <div className="page-head">
        <h2>{interpolate(t.distribution.title, { title: survey.title })}</h2>
        <Link href={`/surveys/${id}`}>{t.surveys.edit}</Link>
      </div>
      <DistributionView t={t} csrfToken={caller.csrfToken} survey={survey} studyPhase={data.studyPhase} links={data.links} orgs={data.orgs} invitations={invitations} mailConfigured={mailConfig() !== null} />
    </>
  );
}
