import { describe, expect, it } from "vitest";
import { histogramBins } from "@/components/analytics/histogram-bins";

describe("histogram bins for numeric answers", () => {
  it("keeps one bar per value when there are few values", () => {
    expect(histogramBins([[3, 2], [1, 5], [2, 0]])).toEqual([{ label: "1", count: 5 }, { label: "2", count: 0 }, { label: "3", count: 2 }]);
  });

  it("groups many values into round-width bins that hold every count once", () => {
    const values = Array.from({ length: 40 }, (_, i) => [i * 2.5, i + 1] as const);
    const bins = histogramBins(values);
    expect(bins.length).toBeGreaterThanOrEqual(5);
    expect(bins.length).toBeLessThanOrEqual(11);
    expect(bins[0]!.label).toBe("0–10");
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.reduce((s, [, c]) => s + c, 0));
    // 0, 2.5, 5, 7.5 fall in the first bin of width 10.
    expect(bins[0]!.count).toBe(1 + 2 + 3 + 4);
  });
});
