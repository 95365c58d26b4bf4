import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { csrfTokenFor } from "@/lib/auth/csrf-token";
import { requestLocale } from "../locale";
import { pageCaller } from "../page-caller";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [locale, caller] = await Promise.all([requestLocale(), pageCaller()]);
  const user = caller?.sessionId
    ? { email: caller.email, role: caller.role, orgName: caller.orgName, csrfToken: await csrfTokenFor(caller.sessionId) }
    : undefined;
  return (
    <>
      <SiteHeader locale={locale} user={user} />
      <main id="main">{children}</main>
    </>
  );
}
