import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../../locale";

export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const t = getMessages(await requestLocale());
  return (
    <section className="narrow">
      <h2>{t.auth.inviteTitle}</h2>
      <p className="muted">{t.auth.inviteIntro}</p>
      <AcceptInvitationForm t={t} token={(await params).token} />
    </section>
  );
}
