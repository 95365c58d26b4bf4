import type { Participation, ParticipationRow } from "@/lib/analytics/get-participation";
import { formatNumber, formatPercent, interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { ParticipationReminder } from "./participation-reminder";
import { TrendFigure } from "./trend-figure";

/**
 * Supervision (督促检查): every school in the selection, lowest response rate first, those under the
 * target flagged; the districts; the daily trend. Counts only, never answers.
 */
export function ParticipationView(props: {
  t: Messages;
  locale: Locale;
  p: Participation;
  fileStem: string;
  /** Set for administrators: the one-click reminder to the flagged schools. */
  remind?: { csrfToken: string; surveyId: string; audience?: string };
}) {
  const { t, locale, p, fileStem, remind } = props;
  const r = t.results;
  const n = (x: number) => formatNumber(x, locale);
  const rate = (row: ParticipationRow) => (row.rate === null ? "—" : formatPercent(row.rate, locale));
  const below = p.schools.filter((s) => s.belowTarget).length;
  const flag = (row: ParticipationRow) => row.belowTarget && <span className="badge">{r.belowTarget}</span>;
  const meter = (row: ParticipationRow) => (
    <span className="meter" aria-hidden="true">
      <span style={{ width: `${Math.min(100, (row.rate ?? 0) * 100)}%` }} className={row.belowTarget ? "low" : undefined} />
    </span>
  );
  if (p.schools.length === 0) return <p className="card">{r.noSchools}</p>;
  return (
    <>
      <section className="card">
        <dl className="kpis">
          <div><dt>{r.responses}</dt><dd>{n(p.total.responses)}</dd></div>
          <div><dt>{r.headcount}</dt><dd>{p.total.headcount > 0 ? n(p.total.headcount) : "—"}</dd></div>
          <div><dt>{r.rate}</dt><dd>{rate(p.total)}</dd></div>
          <div><dt>{r.belowTarget}</dt><dd>{interpolate(r.schoolsBelow, { n: n(below), target: formatPercent(p.target, locale) })}</dd></div>
        </dl>
        {remind && below > 0 && <ParticipationReminder t={t} {...remind} schools={p.schools.filter((s) => s.belowTarget).map((s) => s.code)} target={p.target} />}
      </section>
      {p.daily.length > 0 && (
        <section className="card">
          <TrendFigure t={t} locale={locale} daily={p.daily} fileName={`${fileStem}-${r.trendTitle}`} />
        </section>
      )}
      {p.districts.length > 1 && (
        <section className="card" aria-labelledby="districts-h">
          <h3 id="districts-h">{r.districts}</h3>
          <table className="data-table fit">
            <thead>
              <tr>
                <th scope="col">{r.district}</th>
                <th scope="col" className="num">{r.responses} / {r.headcount}</th>
                <th scope="col" className="num">{r.rate}</th>
              </tr>
            </thead>
            <tbody>
              {p.districts.map((d) => (
                <tr key={d.name}>
                  <th scope="row">
                    {d.name}
                    {d.schoolsBelowTarget > 0 && <span className="muted small block">{interpolate(r.schoolsBelow, { n: d.schoolsBelowTarget, target: formatPercent(p.target, locale) })}</span>}
                  </th>
                  <td className="num">{n(d.responses)} / {d.headcount > 0 ? n(d.headcount) : "—"}</td>
                  <td className="num">{rate(d)} {flag(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="card" aria-labelledby="schools-h">
        <h3 id="schools-h">{r.schoolsByRate}</h3>
        <table className="data-table fit participation-table">
          <thead>
            <tr>
              <th scope="col">{r.school}</th>
              <th scope="col" className="num">{r.responses} / {r.headcount}</th>
              <th scope="col" className="num">{r.rate}</th>
            </tr>
          </thead>
          <tbody>
            {p.schools.map((s) => (
              <tr key={s.code} className={s.belowTarget ? "below" : undefined}>
                <th scope="row">
                  {s.name}
                  <span className="muted small block">{[s.district, s.stage].filter(Boolean).join(" · ")}</span>
                </th>
                <td className="num">{n(s.responses)} / {s.headcount > 0 ? n(s.headcount) : "—"}</td>
                <td className="num">
                  {rate(s)} {flag(s)}
                  {meter(s)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
