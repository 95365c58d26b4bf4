import Link from "next/link";
import type { CampaignOverview } from "@/lib/campaigns/get-campaign-overview";
import { formatNumber, formatPercent, interpolate } from "@/lib/i18n/format";
import { getMessages, type Locale } from "@/lib/i18n/messages";
import { PhaseTimeline } from "./phase-timeline";

/**
 * A campaign at a glance: phases with today marked, participation, its surveys, findings by
 * status. The home page shows it for the newest campaign (with a link to the campaign's page),
 * each campaign's page for that campaign.
 */
export function CampaignOverviewView({ overview, locale, label, detailsLink }: { overview: CampaignOverview; locale: Locale; label: string; detailsLink: boolean }) {
  const t = getMessages(locale);
  const total = overview.surveys.reduce((s, x) => s + x.responses, 0);
  return (
    <>
      <section className="card" aria-labelledby="campaign-title">
        <p className="muted">{label}</p>
        <h2 id="campaign-title">{overview.title}</h2>
        <p>{overview.description}</p>
        <p>{interpolate(t.home.campaignAudiences, { list: overview.audiences.map((a) => t.audiences[a]).join("、") })}</p>
        <PhaseTimeline phases={overview.phases} today={overview.today} locale={locale} />
        {detailsLink && <Link href={`/campaigns/${overview.id}`}>{t.home.campaignDetails}</Link>}
      </section>
      <section className="card">
        <h2>{t.home.participation}</h2>
        <div className="stats">
          <div>
            <strong>{formatNumber(total, locale)}</strong>
            {t.home.responses}
          </div>
          <div>
            <strong>{formatNumber(overview.districts, locale)}</strong>
            {t.home.districts}
          </div>
          <div>
            <strong>{formatNumber(overview.schools, locale)}</strong>
            {t.home.schools}
          </div>
        </div>
      </section>
      <section className="card">
        <h2>{t.home.surveys}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.home.survey}</th>
              <th scope="col">{t.home.audiences}</th>
              <th scope="col" className="num">{t.home.responses}</th>
              <th scope="col" className="num">{t.home.responseRate}</th>
            </tr>
          </thead>
          <tbody>
            {overview.surveys.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.title} <span className="badge">{s.published ? t.home.published : t.home.draft}</span>{" "}
                  {s.published && <Link href={`/surveys/${s.id}/texts`}>{t.findings.texts}</Link>}
                </td>
                <td>{s.audiences.map((a) => t.audiences[a]).join("、")}</td>
                <td className="num">{formatNumber(s.responses, locale)}</td>
                <td className="num">{s.headcount > 0 ? formatPercent(s.responses / s.headcount, locale) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {overview.findings.length > 0 && (
        <section className="card" aria-labelledby="campaign-findings">
          <h2 id="campaign-findings">{t.home.findings}</h2>
          <div className="stats">
            {overview.findings.map((f) => (
              <div key={f.status}>
                <strong>{formatNumber(f.count, locale)}</strong>
                {t.findings.statuses[f.status]}
              </div>
            ))}
          </div>
          <Link href="/findings">{t.home.allFindings}</Link>
        </section>
      )}
      <p className="muted">
        {t.home.anonymity} <Link href={`/ni-ti-wo-ban/${overview.id}`}>{t.findings.publicTitle}</Link>
      </p>
    </>
  );
}
