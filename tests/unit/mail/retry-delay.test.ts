import { describe, expect, it } from "vitest";
import { retryDelay } from "@/lib/mail/retry-delay";

const policy = { baseMs: 30_000, capMs: 3_600_000 };

describe("retryDelay", () => {
  it("doubles per attempt up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((n) => retryDelay(n, policy, () => 1))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000]);
  });

  it("jitters between half and all of the step, never near zero", () => {
    expect(retryDelay(3, policy, () => 0)).toBe(60_000);
    expect(retryDelay(3, policy, () => 0.5)).toBe(90_000);
    const spread = new Set(Array.from({ length: 50 }, () => retryDelay(3, policy)));
    expect(spread.size).toBeGreaterThan(1);
    for (const d of spread) expect(d).toBeGreaterThanOrEqual(60_000);
  });
});
