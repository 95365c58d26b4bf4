"use client";

import type { Chart as ChartJS, ChartOptions } from "chart.js";
import { useRef, type ReactNode } from "react";
import { Chart } from "react-chartjs-2";
import { PALETTE, whiteBackground } from "./chart-setup";
import type { ChartSpec } from "./chart-spec";

function optionsFor(spec: ChartSpec): ChartOptions<"bar" | "line"> {
  const value = { stacked: spec.stacked ?? false, beginAtZero: true, ...(spec.min === undefined ? {} : { min: spec.min }), ...(spec.max === undefined ? {} : { max: spec.max }), ticks: spec.percent ? { callback: (v: string | number) => `${v}%` } : { precision: 0 } };
  const category = { stacked: spec.stacked ?? false, ticks: { autoSkip: spec.type === "line" } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: spec.horizontal ? "y" : "x",
    scales: spec.horizontal ? { x: value, y: category } : { x: category, y: value },
    plugins: {
      legend: { display: spec.datasets.length > 1, position: "bottom" },
      tooltip: { callbacks: spec.percent ? { label: (c) => `${c.dataset.label ?? ""} ${Number(c.raw).toFixed(1)}%` } : {} },
    },
  };
}

/** Long Chinese labels beside horizontal bars break into lines instead of squeezing the bars. */
function wrapLabel(label: string, width: number): string | string[] {
  const chars = [...label];
  if (chars.length <= width) return label;
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < 3; i += width) lines.push(chars.slice(i, i + width).join(""));
  if (chars.length > width * 3) lines[2] = `${[...lines[2]!].slice(0, width - 1).join("")}…`;
  return lines;
}

function heightOf(spec: ChartSpec): number {
  if (!spec.horizontal) return 260;
  const rows = spec.labels.length * (spec.stacked ? 1 : Math.max(1, spec.datasets.length));
  const lines = spec.labels.reduce((n, l) => n + Math.min(3, Math.ceil([...l].length / 12)), 0);
  return Math.min(1200, 60 + Math.max(rows * (spec.stacked ? 34 : 24), lines * 18) + (spec.datasets.length > 1 ? 40 : 0));
}

/**
 * One chart in a figure: the canvas (an image described by its caption; the figures are in the
 * data table passed as children, for screen readers and for print), and a PNG download.
 */
export function ChartFigure(props: { id: string; title: string; spec: ChartSpec; fileName: string; labels: { download: string; chart: string }; captionHidden?: boolean; children?: ReactNode }) {
  const { spec } = props;
  const chart = useRef<ChartJS<"bar" | "line"> | undefined>(undefined);
  const data = {
    labels: spec.horizontal ? spec.labels.map((l) => wrapLabel(l, 12)) : spec.labels,
    datasets: spec.datasets.map((d, i) => ({
      label: d.label,
      data: d.data,
      backgroundColor: spec.type === "line" ? PALETTE[0] : PALETTE[i % PALETTE.length],
      borderColor: PALETTE[i % PALETTE.length],
      borderWidth: spec.type === "line" ? 2 : 0,
      pointRadius: spec.type === "line" ? 2 : 0,
    })),
  };

  function download() {
    const url = chart.current?.toBase64Image("image/png", 1);
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = `${props.fileName.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 80)}.png`;
    a.click();
  }

  return (
    <figure className="chart-figure" aria-labelledby={`${props.id}-title`}>
      <div className="chart-head">
        <figcaption id={`${props.id}-title`} className={props.captionHidden ? "visually-hidden" : undefined}>
          {props.title}
        </figcaption>
        <button type="button" className="link-button no-print" onClick={download}>
          {props.labels.download}
        </button>
      </div>
      <div className="chart-box" style={{ height: heightOf(spec) }}>
        <Chart ref={chart} type={spec.type} data={data} options={optionsFor(spec)} plugins={[whiteBackground]} role="img" aria-label={props.labels.chart} />
      </div>
      {props.children}
    </figure>
  );
}
