import { describe, expect, it } from "vitest";
import { PERSONAL_DATA_TYPES, type PersonalDataType } from "@/lib/text/personal-data";
import { findPersonalData, scrubText } from "@/lib/text/scrub-personal-data";
import { HELD_OUT_ANSWERS } from "../../fixtures/scrub-held-out-answers";
import { LABELLED_ANSWERS } from "../../fixtures/scrub-labelled-answers";
import { NAMES_FRESH } from "../../fixtures/scrub-names-fresh";
import { NAMES_HELD_OUT } from "../../fixtures/scrub-names-held-out";
import { leakedCharacters, parseLabelled, score } from "../../helpers/labelled-spans";

const run = (set: string[]) =>
  set.map((l) => {
    const p = parseLabelled(l);
    return { text: p.text, expected: p.spans, found: findPersonalData(p.text) };
  });

// Floors sit a little under what was measured (docs/decisions/014-free-text.md), so a change that
// makes the scrubber worse fails here. Types with few examples get lower floors: one miss in five
// is 0.8.
const RECALL_FLOOR: Record<PersonalDataType, number> = { 电话: 0.97, 身份证号: 0.9, 邮箱: 0.92, QQ: 0.9, 微信: 0.92, 地址: 0.95, 姓名: 0.93, 号码: 0.6 };
const PRECISION_FLOOR: Record<PersonalDataType, number> = { 电话: 0.97, 身份证号: 0.9, 邮箱: 0.92, QQ: 0.9, 微信: 0.92, 地址: 0.95, 姓名: 0.93, 号码: 0.6 };

describe("scrubber on the labelled set", () => {
  const cases = run(LABELLED_ANSWERS);

  it("has at least 200 answers, a third with no personal data", () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(70);
  });

  for (const type of PERSONAL_DATA_TYPES) {
    it(`${type}: precision ≥ ${PRECISION_FLOOR[type]}, recall ≥ ${RECALL_FLOOR[type]}`, () => {
      const s = score(cases, type);
      expect(s.tp + s.fn, "examples of this type").toBeGreaterThan(0);
      expect(s.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR[type]);
      expect(s.recall).toBeGreaterThanOrEqual(RECALL_FLOOR[type]);
    });
  }

  it("overall: typed precision and recall ≥ 0.97; whatever the type, nothing personal is left but a prefix letter", () => {
    const typed = score(cases);
    expect(typed.precision).toBeGreaterThanOrEqual(0.97);
    expect(typed.recall).toBeGreaterThanOrEqual(0.97);
    expect(score(cases, undefined, true).recall).toBe(1);
    expect(leakedCharacters(cases)).toBeLessThanOrEqual(1);
  });

  it("leaves answers without personal data as they are", () => {
    for (const c of cases.filter((x) => x.expected.length === 0)) expect(scrubText(c.text)).toBe(c.text);
  });
});

describe("scrubber on the held-out set (never tuned on)", () => {
  it("keeps precision ≥ 0.9 and recall ≥ 0.85 whatever the type", () => {
    const cases = run(HELD_OUT_ANSWERS);
    const s = score(cases, undefined, true);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });
});

// Names in context (decision 014, "names are the weak point"). Measured before the rule changes
// they led to: precision 0.963, recall 0.491 on NAMES_HELD_OUT; after: 1.0 / 0.887 (tuned on it, so
// optimistic). NAMES_FRESH, written after the changes and never tuned on: 0.900 / 0.563 with the
// old rules, 0.917 / 0.688 with the new — the honest estimate. Floors sit at what was measured.
describe("scrubber on names in context", () => {
  it("finds names in the names set: precision ≥ 0.98, recall ≥ 0.88, nothing left in the answers without a name", () => {
    const cases = run(NAMES_HELD_OUT);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const s = score(cases, "姓名");
    expect(s.tp + s.fn).toBeGreaterThanOrEqual(50);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.88);
    for (const c of cases.filter((x) => x.expected.length === 0)) expect(scrubText(c.text)).toBe(c.text);
  });

  it("finds names in the fresh set never tuned on: precision ≥ 0.9, recall ≥ 0.68", () => {
    const s = score(run(NAMES_FRESH), "姓名");
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.68);
  });

  it("keeps a surname with a title and replaces the full name beside it", () => {
    expect(scrubText("建议表扬保安邓师傅…不对，是邓国华师傅。")).toBe("建议表扬保安邓师傅…不对，是【姓名】师傅。");
    expect(scrubText("王主任处理家长投诉很及时。")).toBe("王主任处理家长投诉很及时。");
  });
});

describe("no placeholder bypass", () => {
  const phone = "【电话】";
  it.each([
    ["plain", "电话13812345678请回复"],
    ["spaces", "电话138 1234 5678请回复"],
    ["every digit spaced", "电话1 3 8 1 2 3 4 5 6 7 8请回复"],
    ["two spaces between digits", "电话1  3  8  1  2  3  4  5  6  7  8请回复"],
    ["dashes", "电话138-1234-5678请回复"],
    ["dots", "电话138.1234.5678请回复"],
    ["full-width digits", "电话１３８１２３４５６７８请回复"],
    ["full-width digits and dashes", "电话１３８－１２３４－５６７８请回复"],
    ["mixed widths", "电话1３8 12３4 ５678请回复"],
    ["ideographic spaces", "电话138\u30001234\u30005678请回复"],
    ["spelled-out digits", "电话一三八一二三四五六七八请回复"],
    ["country code", "电话+86 138 1234 5678请回复"],
    ["em dashes", "电话138—1234—5678请回复"],
  ])("a mobile number with %s", (_, text) => {
    expect(scrubText(text)).toBe(`电话${phone}请回复`);
  });

  it("a number written right after another one", () => {
    expect(scrubText("13812345678 0514-87654321")).toBe("【电话】 【电话】");
  });

  it("ID numbers with separators, full-width digits and a lower-case x", () => {
    expect(scrubText("身份证32100219850612432x")).toBe("身份证【身份证号】");
    expect(scrubText("身份证 321002 1985 0612 432X")).toBe("身份证 【身份证号】");
    expect(scrubText("身份证３２１００２１９８５０６１２４３２Ｘ")).toBe("身份证【身份证号】");
  });

  it("e-mail with a full-width at sign or (at)", () => {
    expect(scrubText("邮箱abc_123＠163.com")).toBe("邮箱【邮箱】");
    expect(scrubText("邮箱abc_123(at)163.com")).toBe("邮箱【邮箱】");
  });

  it("no digit of a phone number survives anywhere in the output", () => {
    for (const text of ["138 1234 5678", "１３８ １２３４ ５６７８", "1-3-8-1-2-3-4-5-6-7-8", "138_1234_5678"]) {
      expect(scrubText(`联系${text}。`)).not.toMatch(/[0-9０-９]/);
    }
  });

  it("is idempotent: scrubbing a scrubbed answer changes nothing", () => {
    for (const l of [...LABELLED_ANSWERS, ...HELD_OUT_ANSWERS, ...NAMES_HELD_OUT, ...NAMES_FRESH]) {
      const once = scrubText(parseLabelled(l).text);
      expect(scrubText(once)).toBe(once);
    }
  });
});
