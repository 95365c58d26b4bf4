import type { RatingComparison } from "@/lib/analytics/compare-ratings";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { ChartFigure } from "./chart-figure";

/** Rating means side by side (a school, its district, the city; or districts), chart and table. */
export function ComparisonView({ t, c, k, title, fileName }: { t: Messages; c: RatingComparison; k: number; title: string; fileName: string }) {
  const r = t.results;
  const itemLabel = (i: RatingComparison["items"][number]) => (i.rowTitle === undefined ? i.title : interpolate(r.labelled, { a: i.title, b: i.rowTitle }));
  const suppressed = interpolate(r.suppressed, { k });
  return (
    <section className="card">
      <ChartFigure
        id="compare"
        title={title}
        fileName={fileName}
        spec={{ type: "bar", horizontal: true, labels: c.items.map((i) => i.rowTitle ?? i.title), datasets: c.groups.map((g) => ({ label: g.label, data: g.means })) }}
        labels={{ download: r.downloadPng, chart: interpolate(r.chartLabel, { title }) }}
      >
        <div className="table-scroll" role="region" tabIndex={0} aria-label={interpolate(r.labelled, { a: r.dataTable, b: title })}>
          <table className="data-table">
            <caption>{interpolate(r.labelled, { a: r.dataTable, b: r.mean })}</caption>
            <thead>
              <tr>
                <th scope="col">{r.item}</th>
                {c.groups.map((g) => <th key={g.key} scope="col" className="num">{g.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {c.items.map((item, i) => (
                <tr key={`${item.question}.${item.row ?? ""}`}>
                  <th scope="row">{itemLabel(item)}</th>
                  {c.groups.map((g) => {
                    const m = g.means[i];
                    return m === null || m === undefined ? <td key={g.key} className="suppressed small">{suppressed}</td> : <td key={g.key} className="num">{m.toFixed(2)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartFigure>
    </section>
  );
}
