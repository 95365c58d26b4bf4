import { getMessages, type Locale } from "@/lib/i18n/messages";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {locale === "en" ? "Skip to content" : "跳到正文"}
      </a>
      <div className="inner">
        <h1>
          {t.app.name}
          <span className="tagline">{t.app.tagline}</span>
        </h1>
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
