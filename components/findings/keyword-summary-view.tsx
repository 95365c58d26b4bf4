import { RankedBarFigure } from "@/components/analytics/ranked-bar-figure";
import { interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TextSummary } from "@/lib/text/summarize-texts";

/** How many keywords the charts show: more would not read as bars on a phone. */
const TOP = 20;

/** Keyword frequencies of the selected unit and, for a school or district, its distinctive keywords against the rest of the city. */
export function KeywordSummaryView({ t, locale, summary, fileStem }: { t: Messages; locale: Locale; summary: TextSummary; fileStem: string }) {
  const f = t.findings;
  if (summary.suppressed || summary.keywords.length === 0) return null;
  const frequent = interpolate(f.keywordFrequencyTitle, { unit: summary.org.name });
  const distinctive = interpolate(f.distinctiveTitle, { unit: summary.org.name });
  return (
    <section className="card keyword-summary" aria-labelledby="keywords-h">
      <h3 id="keywords-h">{f.keywords}</h3>
      <p className="muted small">{interpolate(f.keywordScopeNote, { n: summary.answers })}</p>
      <RankedBarFigure
        id="keyword-frequency"
        title={frequent}
        t={t}
        locale={locale}
        fileName={`${fileStem}-${frequent}`}
        columns={[f.keyword, f.answersWithKeyword]}
        rows={summary.keywords.slice(0, TOP).map((k) => ({ label: k.keyword, values: [k.count] }))}
      />
      {summary.org.kind === "city" ? (
        <p className="muted small">{f.distinctiveHint}</p>
      ) : summary.distinctive.length === 0 ? (
        <p className="muted small">{f.noDistinctive}</p>
      ) : (
        <RankedBarFigure
          id="keyword-distinctive"
          title={distinctive}
          t={t}
          locale={locale}
          fileName={`${fileStem}-${distinctive}`}
          columns={[f.keyword, f.distinctiveScore, f.answersWithKeyword]}
          rows={summary.distinctive.slice(0, TOP).map((k) => ({ label: k.keyword, values: [k.score, k.count] }))}
        />
      )}
    </section>
  );
}
