import type { ReactNode } from "react";
import type { QuestionResult } from "@/lib/analytics/build-question-results";
import { formatNumber, formatPercent, interpolate } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { ChartFigure } from "./chart-figure";
import type { ChartSpec } from "./chart-spec";
import { histogramBins } from "./histogram-bins";

const CHOICE = new Set(["radiogroup", "dropdown", "checkbox", "tagbox", "boolean", "imagepicker"]);
const MULTI = new Set(["checkbox", "tagbox"]);
const isFreeText = (q: QuestionResult) => q.type === "comment" || (q.type === "text" && q.inputType !== "number" && q.inputType !== "range");
const textOf = (list: { value: string; text: string }[] | undefined, value: string) => list?.find((c) => c.value === value)?.text ?? value;

interface Props {
  q: QuestionResult;
  /** Position in the survey, for ids and the heading number. */
  index: number;
  t: Messages;
  locale: Locale;
  k: number;
  kText: number;
  fileStem: string;
}

/** One question's result: a chart, its data table, and the notes a reader needs; or why nothing is shown. */
export function QuestionResultView({ q, index, t, locale, k, kText, fileStem }: Props) {
  const r = t.results;
  const id = `q${index + 1}`;
  const n = (x: number) => formatNumber(x, locale);
  const pct = (x: number, of: number) => (of > 0 ? formatPercent(x / of, locale) : "—");
  const heading = `${index + 1}. ${q.title}`;
  const suppressedText = interpolate(r.suppressed, { k: isFreeText(q) ? kText : k });
  if (q.suppressed) return <Shell id={id} heading={heading}><p className="suppressed">{suppressedText}</p></Shell>;
  if (isFreeText(q)) return <Shell id={id} heading={heading}><p className="muted">{interpolate(r.freeText, { n: n(q.answered) })}</p></Shell>;
  const figure = (spec: ChartSpec, table: ReactNode, note?: string, stats?: ReactNode) => (
    <Shell id={id} heading={heading} answered={`${r.answered} ${n(q.answered)}`}>
      {note && <p className="muted small">{note}</p>}
      {stats}
      <ChartFigure id={id} title={q.title} captionHidden spec={spec} fileName={`${fileStem}-${index + 1}`} labels={{ download: r.downloadPng, chart: interpolate(r.chartLabel, { title: q.title }) }}>
        <div className="table-scroll" role="region" tabIndex={0} aria-label={interpolate(r.labelled, { a: r.dataTable, b: q.title })}>
          <table className="data-table">
            <caption>{r.dataTable}</caption>
            {table}
          </table>
        </div>
      </ChartFigure>
    </Shell>
  );

  if (q.type === "matrix") {
    const rows = Object.entries(q.rows ?? {});
    const columns = q.choices.length > 0 ? q.choices : [...new Set(rows.flatMap(([, x]) => Object.keys(x.counts)))].map((v) => ({ value: v, text: v }));
    const spec: ChartSpec = {
      type: "bar",
      horizontal: true,
      stacked: true,
      percent: true,
      max: 100,
      labels: rows.map(([row]) => textOf(q.items, row)),
      datasets: columns.map((c) => ({ label: c.text, data: rows.map(([, x]) => (x.suppressed || x.answered === 0 ? null : ((x.counts[c.value] ?? 0) / x.answered) * 100)) })),
    };
    const hasMean = rows.some(([, x]) => x.mean !== undefined);
    return figure(
      spec,
      <>
        <thead>
          <tr>
            <th scope="col">{r.item}</th>
            {columns.map((c) => <th key={c.value} scope="col" className="num">{c.text}</th>)}
            <th scope="col" className="num">{r.answered}</th>
            {hasMean && <th scope="col" className="num">{r.mean}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(([row, x]) => (
            <tr key={row}>
              <th scope="row">{textOf(q.items, row)}</th>
              {x.suppressed ? (
                <td colSpan={columns.length + 1 + (hasMean ? 1 : 0)} className="suppressed">{suppressedText}</td>
              ) : (
                <>
                  {columns.map((c) => <td key={c.value} className="num">{interpolate(r.countShare, { n: n(x.counts[c.value] ?? 0), p: pct(x.counts[c.value] ?? 0, x.answered) })}</td>)}
                  <td className="num">{n(x.answered)}</td>
                  {hasMean && <td className="num">{x.mean === undefined ? "—" : x.mean.toFixed(2)}</td>}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </>,
      r.matrixNote,
    );
  }

  if (q.type === "ranking") {
    const items = Object.entries(q.rows ?? {});
    const spec: ChartSpec = { type: "bar", horizontal: true, min: 1, labels: items.map(([v]) => textOf(q.items, v)), datasets: [{ label: r.meanRank, data: items.map(([v]) => q.meanRank?.[v] ?? null) }] };
    return figure(
      spec,
      <>
        <thead>
          <tr>
            <th scope="col">{r.item}</th>
            <th scope="col" className="num">{r.meanRank}</th>
            <th scope="col" className="num">{r.firstPlace}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(([v, x]) => (
            <tr key={v}>
              <th scope="row">{textOf(q.items, v)}</th>
              {x.suppressed ? (
                <td colSpan={2} className="suppressed">{suppressedText}</td>
              ) : (
                <>
                  <td className="num">{q.meanRank?.[v]?.toFixed(2) ?? "—"}</td>
                  <td className="num">{interpolate(r.countShare, { n: n(q.counts[v] ?? 0), p: formatPercent(q.firstPlaceShare?.[v] ?? 0, locale) })}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </>,
      r.rankingNote,
    );
  }

  const stats =
    q.mean === undefined ? undefined : (
      <p className="stat-line">
        {q.type === "text" ? r.average : r.mean} <strong>{q.mean.toFixed(2)}</strong> · {r.median} <strong>{q.median ?? "—"}</strong>
      </p>
    );
  const entries = Object.entries(q.counts);
  const numeric = q.type === "text";
  const bins = numeric ? histogramBins(entries.map(([v, c]) => [Number(v), c] as const).filter(([v]) => Number.isFinite(v))) : entries.map(([v, c]) => ({ label: textOf(q.choices, v), count: c }));
  const spec: ChartSpec = {
    type: "bar",
    horizontal: CHOICE.has(q.type),
    labels: bins.map((b) => b.label),
    datasets: [{ label: r.count, data: bins.map((b) => b.count) }],
  };
  return figure(
        spec,
        <>
          <thead>
            <tr>
              <th scope="col">{numeric ? r.range : r.choice}</th>
              <th scope="col" className="num">{r.count}</th>
              <th scope="col" className="num">{r.percent}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td className="num">{n(b.count)}</td>
                <td className="num">{pct(b.count, q.answered)}</td>
              </tr>
            ))}
          </tbody>
        </>,
        MULTI.has(q.type) ? r.multiNote : undefined,
        stats,
      );
}

function Shell({ id, heading, answered, children }: { id: string; heading: string; answered?: string; children: ReactNode }) {
  return (
    <section className="card question-result" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{heading}</h3>
      {answered && <p className="muted small">{answered}</p>}
      {children}
    </section>
  );
}
