import type { CrossTab } from "@/lib/analytics/cross-tabulate";
import { formatNumber, formatPercent, interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { ChartFigure } from "./chart-figure";

const MULTI = new Set(["checkbox", "tagbox"]);

/** A question's answers per group: shares as stacked bars (grouped for multiple choice) and a count table. */
export function CrossTabView({ t, locale, x, fileName }: { t: Messages; locale: Locale; x: CrossTab; fileName: string }) {
  const r = t.results;
  const n = (v: number) => formatNumber(v, locale);
  const suppressed = interpolate(r.suppressed, { k: x.minGroupSize });
  const label = (key: string, text: string) => (x.by === "audience" ? (t.audiences[key as keyof Messages["audiences"]] ?? text) : text || "—");
  const shown = x.columns.filter((c) => !c.result.suppressed);
  const choices =
    x.question.choices.length > 0
      ? x.question.choices
      : [...new Set(x.columns.flatMap((c) => Object.keys(c.result.counts)))].sort((a, b) => Number(a) - Number(b)).map((v) => ({ value: v, text: v }));
  const multi = MULTI.has(x.question.type);
  const hasMean = x.columns.some((c) => c.result.mean !== undefined);
  const share = (count: number, of: number) => (of > 0 ? (count / of) * 100 : 0);
  return (
    <section className="card">
      <ChartFigure
        id="crosstab"
        title={x.question.title}
        fileName={fileName}
        spec={{
          type: "bar",
          horizontal: true,
          stacked: !multi,
          percent: true,
          max: multi ? undefined : 100,
          labels: shown.map((c) => label(c.key, c.label)),
          datasets: choices.map((ch) => ({ label: ch.text, data: shown.map((c) => share(c.result.counts[ch.value] ?? 0, c.result.answered)) })),
        }}
        labels={{ download: r.downloadPng, chart: interpolate(r.chartLabel, { title: x.question.title }) }}
      >
        {multi && <p className="muted small">{r.multiNote}</p>}
        <div className="table-scroll" role="region" tabIndex={0} aria-label={interpolate(r.labelled, { a: r.dataTable, b: x.question.title })}>
          <table className="data-table">
            <caption>{r.dataTable}</caption>
            <thead>
              <tr>
                <th scope="col">{r.choice}</th>
                {x.columns.map((c) => <th key={c.key} scope="col" className="num">{label(c.key, c.label)}</th>)}
              </tr>
              <tr>
                <th scope="row">{r.answered}</th>
                {x.columns.map((c) => <td key={c.key} className="num">{c.result.suppressed ? "—" : n(c.result.answered)}</td>)}
              </tr>
            </thead>
            <tbody>
              {choices.map((ch, i) => (
                <tr key={ch.value}>
                  <th scope="row">{ch.text}</th>
                  {x.columns.map((c) =>
                    c.result.suppressed ? (
                      i === 0 && <td key={c.key} rowSpan={choices.length + (hasMean ? 1 : 0)} className="suppressed small">{suppressed}</td>
                    ) : (
                      <td key={c.key} className="num">
                        {interpolate(r.countShare, { n: n(c.result.counts[ch.value] ?? 0), p: c.result.answered > 0 ? formatPercent((c.result.counts[ch.value] ?? 0) / c.result.answered, locale) : "—" })}
                      </td>
                    ),
                  )}
                </tr>
              ))}
              {hasMean && (
                <tr>
                  <th scope="row">{r.mean}</th>
                  {x.columns.map((c) => !c.result.suppressed && <td key={c.key} className="num">{c.result.mean?.toFixed(2) ?? "—"}</td>)}
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {x.withheld > 0 && <p className="muted small">{interpolate(r.crosstabWithheld, { n: n(x.withheld), k: x.minGroupSize })}</p>}
      </ChartFigure>
    </section>
  );
}
