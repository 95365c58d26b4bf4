/** What a chart shows, as plain data a server component can hand to the client. */
export interface ChartSpec {
  type: "bar" | "line";
  /** Bars along the vertical axis: long Chinese labels stay readable on a phone. */
  horizontal?: boolean;
  stacked?: boolean;
  /** Values are percentages (0–100). */
  percent?: boolean;
  /** Value axis bounds (a rating scale, 0–100 for shares). */
  min?: number;
  max?: number;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}
