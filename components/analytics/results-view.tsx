import type { Participation } from "@/lib/analytics/get-participation";
import type { Summary } from "@/lib/analytics/summarize-survey";
import { formatNumber, formatPercent, interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { QuestionResultView } from "./question-result-view";
import { TrendFigure } from "./trend-figure";

interface Props {
  t: Messages;
  locale: Locale;
  summary: Summary;
  participation: Participation | null;
  range: { from?: string; to?: string };
}

/** The key figures of a selection, its daily trend and every question's result. */
export function ResultsView({ t, locale, summary, participation, range }: Props) {
  const r = t.results;
  const n = (x: number) => formatNumber(x, locale);
  const headcount = participation?.total.headcount ?? 0;
  const daily = (participation?.daily ?? []).filter((d) => (range.from === undefined || d.day >= range.from) && (range.to === undefined || d.day <= range.to));
  const stem = `${summary.title}-${summary.org.name}`;
  return (
    <>
      <section className="card" aria-labelledby="kpi-h">
        <h3 id="kpi-h" className="visually-hidden">{summary.org.name}</h3>
        <dl className="kpis">
          <div><dt>{r.responses}</dt><dd>{n(summary.responses)}</dd></div>
          <div><dt>{r.headcount}</dt><dd>{headcount > 0 ? n(headcount) : "—"}</dd></div>
          <div><dt>{r.rate}</dt><dd>{headcount > 0 ? formatPercent(summary.responses / headcount, locale) : "—"}</dd></div>
          <div><dt>{r.withheld}</dt><dd>{n(summary.withheld)}</dd></div>
        </dl>
        <p className="muted small">{interpolate(r.withheldHint, { k: summary.minGroupSize })}</p>
      </section>
      {daily.length > 0 && (
        <section className="card">
          <TrendFigure t={t} locale={locale} daily={daily} fileName={`${stem}-${r.trendTitle}`} />
        </section>
      )}
      {summary.responses === 0 && <p className="card">{r.noResponses}</p>}
      {summary.suppressed && <p className="card suppressed">{interpolate(r.allSuppressed, { k: summary.minGroupSize })}</p>}
      {summary.responses > 0 &&
        !summary.suppressed &&
        summary.questions.map((q, i) => <QuestionResultView key={q.name} q={q} index={i} t={t} locale={locale} k={summary.minGroupSize} kText={summary.minTextGroupSize} fileStem={stem} />)}
    </>
  );
}
