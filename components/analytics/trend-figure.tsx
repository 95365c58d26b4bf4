import { formatNumber, interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { ChartFigure } from "./chart-figure";

/** Responses per day as a line, with its table. Counts, not answers: shown for any group size. */
export function TrendFigure({ t, locale, daily, fileName }: { t: Messages; locale: Locale; daily: { day: string; responses: number }[]; fileName: string }) {
  const r = t.results;
  return (
    <ChartFigure
      id="trend"
      title={r.trendTitle}
      fileName={fileName}
      spec={{ type: "line", labels: daily.map((d) => d.day.slice(5)), datasets: [{ label: r.responses, data: daily.map((d) => d.responses) }] }}
      labels={{ download: r.downloadPng, chart: interpolate(r.chartLabel, { title: r.trendTitle }) }}
    >
      <details className="trend-table">
        <summary>{r.dataTable}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{r.day}</th>
              <th scope="col" className="num">{r.responses}</th>
            </tr>
          </thead>
          <tbody>
            {daily.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td className="num">{formatNumber(d.responses, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </ChartFigure>
  );
}
