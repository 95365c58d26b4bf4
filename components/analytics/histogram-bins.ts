/**
 * Bins for a numeric answer's distribution: one bar per value when there are few (a rating-like
 * input), else about ten bins of a round width. Input: [value, count] pairs.
 */
export function histogramBins(values: readonly (readonly [number, number])[], maxBars = 12): { label: string; count: number }[] {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  if (sorted.length <= maxBars) return sorted.map(([v, c]) => ({ label: String(v), count: c }));
  const min = sorted[0]![0];
  const max = sorted.at(-1)![0];
  const raw = (max - min) / 10;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const width = [1, 2, 5, 10].map((m) => m * magnitude).find((w) => w >= raw) ?? 10 * magnitude;
  const start = Math.floor(min / width) * width;
  const bins: { label: string; count: number }[] = [];
  for (let lo = start; lo <= max; lo += width) bins.push({ label: `${round(lo)}–${round(lo + width)}`, count: 0 });
  for (const [v, c] of sorted) bins[Math.min(bins.length - 1, Math.floor((v - start) / width))]!.count += c;
  return bins;
}

const round = (x: number) => Number(x.toPrecision(6));
