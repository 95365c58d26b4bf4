import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { RespondentNotice } from "@/components/respondent/respondent-notice";
import { SurveyIconSprite } from "@/components/respondent/survey-icon-sprite";
import { SurveyRunner } from "@/components/respondent/survey-runner";
import { getMessages } from "@/lib/i18n/messages";
import { isInvitationUsable } from "@/lib/invitations/is-invitation-usable";
import { DEVICE_COOKIE } from "@/lib/responses/device-cookie";
import { getRespondentView } from "@/lib/responses/get-respondent-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function RespondentPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ invite?: string | string[] }> }) {
  const { code } = await params;
  const { invite } = await searchParams;
  const view = await getRespondentView(code, (await cookies()).get(DEVICE_COOKIE)?.value);
  if (view.kind === "notFound") notFound();
  const locale = view.locale === "en" ? "en" : "zh-CN";
  const t = getMessages(locale).respondent;
  if (view.kind === "open" && typeof invite === "string" && !(await isInvitationUsable(code, invite))) {
    return (
      <main className="respondent notice" id="main" lang={locale}>
        <p className="muted">{view.title}</p>
        <h1>{t.inviteUsedTitle}</h1>
        <p>{t.inviteUsedBody}</p>
      </main>
    );
  }
  return (
    <>
      {(view.kind === "open" || view.kind === "answered") && <SurveyIconSprite />}
      {view.kind === "open" ? (
        <SurveyRunner code={code} json={view.json} locale={locale} title={view.title} subtitle={view.schoolName} messages={t} />
      ) : (
        <RespondentNotice view={view} code={code} locale={locale} messages={t} />
      )}
    </>
  );
}
