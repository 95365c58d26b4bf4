import { ApiTokens } from "@/components/admin/api-tokens";
import { PasswordForm } from "@/components/admin/password-form";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { interpolate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "../../locale";
import { requirePageCaller } from "../../page-caller";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const caller = await requirePageCaller("/account");
  const t = getMessages(await requestLocale());
  return (
    <>
      <h2>{t.auth.account}</h2>
      <p>{interpolate(t.auth.signedInAs, { email: caller.email, role: t.roles[caller.role], org: caller.orgName })}</p>
      <PasswordForm t={t} csrfToken={caller.csrfToken} />
      <ApiTokens t={t} csrfToken={caller.csrfToken} initial={await listApiTokens(caller)} />
    </>
  );
}
