import Link from "next/link";
import { getMessages, type Locale } from "@/lib/i18n/messages";
import { SignOutButton } from "../auth/sign-out-button";

export interface HeaderUser {
  email: string;
  role: "city_admin" | "district_admin" | "school_admin" | "analyst";
  orgName: string;
  csrfToken: string;
}

export function SiteHeader({ locale, user }: { locale: Locale; user?: HeaderUser | undefined }) {
  const t = getMessages(locale);
  const isAdmin = user !== undefined && user.role !== "analyst";
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {locale === "en" ? "Skip to content" : "跳到正文"}
      </a>
      <div className="inner">
        <h1>
          <Link href="/">{t.app.name}</Link>
          <span className="tagline">{t.app.tagline}</span>
        </h1>
        {user && (
          <nav aria-label={t.admin.nav}>
            <Link href="/">{t.admin.overview}</Link>
            <Link href="/surveys">{t.admin.surveys}</Link>
            {(user.role === "city_admin" || user.role === "district_admin") && <Link href="/campaigns">{t.admin.campaigns}</Link>}
            <Link href="/findings">{t.findings.supervision}</Link>
            {isAdmin && <Link href="/admin/users">{t.admin.users}</Link>}
            {isAdmin && <Link href="/admin/mail">{t.mail.outbox}</Link>}
            {user.role === "city_admin" && <Link href="/admin/audit">{t.admin.audit}</Link>}
            <Link href="/account" title={`${user.email} · ${t.roles[user.role]} · ${user.orgName}`}>
              {t.auth.account}
            </Link>
            <SignOutButton csrfToken={user.csrfToken} label={t.auth.signOut} />
          </nav>
        )}
        <form method="post" action="/api/locale">
          <input type="hidden" name="locale" value={locale === "en" ? "zh-CN" : "en"} />
          <button type="submit" lang={locale === "en" ? "zh-CN" : "en"}>
            {t.app.switchLanguage}
          </button>
        </form>
      </div>
    </header>
  );
}
