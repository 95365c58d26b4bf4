import { formatNumber, interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { ChartFigure } from "./chart-figure";

export interface RankedBarProps {
  id: string;
  title: string;
  t: Messages;
  locale: Locale;
  fileName: string;
  /** Header of the label column, then of each value column. */
  columns: [string, ...string[]];
  /** Best first; `values` in the order of the value columns. */
  rows: { label: string; values: number[] }[];
  /** Which value column the bars show (default the first). */
  charted?: number;
}

/**
 * A ranking as horizontal bars with its data table (the ranked list itself, for screen readers and
 * print) and PNG download: the bars follow the table's order, best at the top.
 */
export function RankedBarFigure({ id, title, t, locale, fileName, columns, rows, charted = 0 }: RankedBarProps) {
  const r = t.results;
  const [labelColumn, ...valueColumns] = columns;
  const n = (x: number) => (Number.isInteger(x) ? formatNumber(x, locale) : x.toFixed(2));
  return (
    <ChartFigure
      id={id}
      title={title}
      fileName={fileName}
      spec={{ type: "bar", horizontal: true, labels: rows.map((x) => x.label), datasets: [{ label: valueColumns[charted] ?? "", data: rows.map((x) => x.values[charted] ?? null) }] }}
      labels={{ download: r.downloadPng, chart: interpolate(r.chartLabel, { title }) }}
    >
      <div className="table-scroll" role="region" tabIndex={0} aria-label={interpolate(r.labelled, { a: r.dataTable, b: title })}>
        <table className="data-table">
          <caption>{r.dataTable}</caption>
          <thead>
            <tr>
              <th scope="col">{labelColumn}</th>
              {valueColumns.map((c) => <th key={c} scope="col" className="num">{c}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr key={x.label}>
                <th scope="row">{x.label}</th>
                {x.values.map((v, i) => <td key={valueColumns[i]} className="num">{n(v)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFigure>
  );
}
