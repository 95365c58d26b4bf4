import { describe, it, expect } from "vitest";
import { addDays, chinaDay, chinaDayStart, isCalendarDay, truncateToHour } from "../../../lib/time/china-time";

describe("chinaDay", () => {
  it("changes day at midnight China time (16:00 UTC), not at UTC midnight", () => {
    expect(chinaDay(new Date("2026-03-01T15:59:59.999Z"))).toBe("2026-03-01");
    expect(chinaDay(new Date("2026-03-01T16:00:00.000Z"))).toBe("2026-03-02");
  });

  it("rolls over month and year ends in China time", () => {
    expect(chinaDay(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(chinaDay(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
  });

  it("places UTC midnight on the same China day", () => {
    expect(chinaDay(new Date("2026-06-15T00:00:00Z"))).toBe("2026-06-15");
  });
});

describe("truncateToHour", () => {
  it("drops minutes, seconds and milliseconds", () => {
    expect(truncateToHour(new Date("2026-05-04T09:59:59.999Z")).toISOString()).toBe("2026-05-04T09:00:00.000Z");
  });

  it("leaves a whole hour unchanged", () => {
    expect(truncateToHour(new Date("2026-05-04T16:00:00.000Z")).toISOString()).toBe("2026-05-04T16:00:00.000Z");
  });

  it("does not change the China day of the instant", () => {
    const late = new Date("2026-05-04T15:59:00Z");
    expect(chinaDay(truncateToHour(late))).toBe(chinaDay(late));
  });
});

describe("chinaDayStart", () => {
  it("is 16:00 UTC on the previous day", () => {
    expect(chinaDayStart("2026-03-01").toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(chinaDayStart("2027-01-01").toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("round-trips with chinaDay", () => {
    expect(chinaDay(chinaDayStart("2026-10-01"))).toBe("2026-10-01");
    expect(chinaDay(new Date(chinaDayStart("2026-10-01").getTime() - 1))).toBe("2026-09-30");
  });
});

describe("isCalendarDay", () => {
  it("accepts real YYYY-MM-DD days, including leap days", () => {
    expect(isCalendarDay("2026-01-01")).toBe(true);
    expect(isCalendarDay("2026-12-31")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
  });

  it("rejects days that do not exist", () => {
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("2026-04-31")).toBe(false);
  });

  it("rejects other spellings", () => {
    expect(isCalendarDay("2026-1-1")).toBe(false);
    expect(isCalendarDay("2026/01/01")).toBe(false);
    expect(isCalendarDay("2026-01-01T00:00:00Z")).toBe(false);
    expect(isCalendarDay(" 2026-01-01")).toBe(false);
    expect(isCalendarDay("")).toBe(false);
  });
});

describe("addDays", () => {
  it("crosses month ends, in both directions", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("crosses year ends, in both directions", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
  });

  it("adding zero days returns the same day", () => {
    expect(addDays("2026-07-15", 0)).toBe("2026-07-15");
  });
});
