import { describe, expect, it } from "vitest";
import { compileValidator, type AnswerError } from "../../../lib/responses/compile-validator";

type Json = Record<string, unknown>;

const CHINESE = /[\u4e00-\u9fff]/;

const survey = (...elements: Json[]): Json => ({ pages: [{ name: "p1", elements }] });

function validate(json: Json, data: unknown) {
  return compileValidator(json).validate(data);
}

function errorsOf(json: Json, data: unknown): AnswerError[] {
  const result = validate(json, data);
  if (result.ok) return [];
  for (const e of result.errors) expect(e.message, `message for ${e.question}`).toMatch(CHINESE);
  return result.errors;
}

/** Asserts the data is accepted and returns what would be stored. */
function accepted(json: Json, data: unknown): Record<string, unknown> {
  const result = validate(json, data);
  expect(result.ok ? [] : result.errors).toEqual([]);
  return result.ok ? result.data : {};
}

/** Asserts exactly these questions fail (one error each) and returns the errors. */
function rejected(json: Json, data: unknown, ...questions: string[]): AnswerError[] {
  const errors = errorsOf(json, data);
  expect(errors.map((e) => e.question).sort()).toEqual([...questions].sort());
  return errors;
}

describe("the data", () => {
  it("must be a plain object", () => {
    for (const data of [null, undefined, [], "x", 1, true, new Date(), new Map()]) {
      const errors = rejected(survey({ type: "text", name: "t" }), data, "");
      expect(errors).toHaveLength(1);
    }
    expect(accepted(survey({ type: "text", name: "t" }), Object.assign(Object.create(null) as Json, { t: "好" }))).toEqual({ t: "好" });
  });

  it("may not hold unknown keys, each named in its own error", () => {
    const json = survey({ type: "text", name: "t" });
    expect(accepted(json, {})).toEqual({});
    rejected(json, { t: "好", extra: 1, "t-Comment": "x", T: "y" }, "extra", "t-Comment", "T");
  });

  it("cuts very long unknown keys in the error", () => {
    const [error] = rejected(survey({ type: "text", name: "t" }), { ["k".repeat(500)]: 1 }, `${"k".repeat(100)}…`);
    expect(error!.message).toMatch(CHINESE);
  });

  it("treats __proto__ from JSON as an unknown key without touching prototypes", () => {
    const data = JSON.parse('{"t":"好","__proto__":{"polluted":true}}') as Json;
    rejected(survey({ type: "text", name: "t" }), data, "__proto__");
    expect(({} as Json).polluted).toBeUndefined();
  });

  it("allows <name>-Comment for showOtherItem, hasOther, showCommentArea and hasComment only", () => {
    const json = survey(
      { type: "radiogroup", name: "a", choices: ["x"], showOtherItem: true },
      { type: "radiogroup", name: "b", choices: ["x"], hasOther: true },
      { type: "rating", name: "c", showCommentArea: true },
      { type: "boolean", name: "d", hasComment: true },
      { type: "radiogroup", name: "e", choices: ["x"] },
    );
    const data = { a: "other", "a-Comment": "甲", b: "other", "b-Comment": "乙", c: 3, "c-Comment": "丙", d: true, "d-Comment": "丁", e: "x" };
    expect(accepted(json, data)).toEqual(data);
    rejected(json, { e: "x", "e-Comment": "戊" }, "e-Comment");
  });

  it("refuses a value for html, image and expression questions", () => {
    const json = survey(
      { type: "html", name: "h", html: "<p>说明</p>" },
      { type: "image", name: "i", imageLink: "https://example.org/a.png" },
      { type: "expression", name: "e", expression: "1 + 1" },
      { type: "html", html: "<p>无名</p>" },
    );
    expect(accepted(json, {})).toEqual({});
    rejected(json, { h: "x", i: null, e: 2 }, "h", "i", "e");
  });

  it("refuses any string over 10,000 characters, even without maxLength and even when hidden", () => {
    const json = survey(
      { type: "text", name: "t" },
      { type: "comment", name: "c" },
      { type: "radiogroup", name: "r", choices: ["x"], showOtherItem: true },
      { type: "comment", name: "hidden", visibleIf: "{t} = 'never'" },
    );
    const long = "长".repeat(10_001);
    expect(accepted(json, { t: "长".repeat(10_000) })).toEqual({ t: "长".repeat(10_000) });
    rejected(json, { t: long, c: long, r: "other", "r-Comment": long, hidden: long }, "t", "c", "r", "hidden");
  });

  it("refuses object keys naming Object.prototype members at any level (found by fuzzing: a condition reading one threw)", () => {
    const json = survey(
      { type: "radiogroup", name: "r", choices: ["x", "y"] },
      { type: "comment", name: "why", visibleIf: "{r} = 'y'" },
      { type: "matrix", name: "m", columns: [1, 2], rows: ["a", "b"] },
    );
    const submitted = JSON.parse('{"r": {"toString": null}, "m": {"a": 1, "constructor": 2}, "why": [{"__proto__": {"x": 1}}]}') as unknown;
    for (const e of rejected(json, submitted, "r", "m", "why")) expect(e.message).toContain("不允许的名称");
    expect(accepted(json, { r: "y", why: "toString", m: { a: 1 } })).toEqual({ r: "y", why: "toString", m: { a: 1 } });
  });

  it("refuses text with NUL or an unpaired surrogate, which PostgreSQL cannot store (found by fuzzing: a 500 there)", () => {
    const json = survey({ type: "comment", name: "c" }, { type: "radiogroup", name: "r", choices: ["x"], showOtherItem: true }, { type: "comment", name: "d" });
    const errors = rejected(json, { c: "a\u0000b", r: "other", "r-Comment": "\ud800", d: "尾\udfff" }, "c", "r", "d");
    for (const e of errors) expect(e.message).toContain("无法保存的字符");
    rejected(json, { c: "\udc00\ud800" }, "c");
    expect(accepted(json, { c: "𝌆 课后 😀 \u2028 \u0007" })).toEqual({ c: "𝌆 课后 😀 \u2028 \u0007" });
  });
});

describe("visibility", () => {
  const json = survey(
    { type: "boolean", name: "eats" },
    { type: "rating", name: "canteen", visibleIf: "{eats} = true", isRequired: true },
    { type: "comment", name: "why", visibleIf: "{canteen} <= 2", isRequired: true },
  );

  it("drops answers to questions hidden by logic, without an error", () => {
    expect(accepted(json, { eats: false, canteen: 4 })).toEqual({ eats: false });
    expect(accepted(json, { eats: true, canteen: 4 })).toEqual({ eats: true, canteen: 4 });
  });

  it("does not require hidden questions", () => {
    expect(accepted(json, { eats: false })).toEqual({ eats: false });
    rejected(json, { eats: true }, "canteen");
  });

  it("does not let a hidden answer open a follow-up (survey-core's validate() would)", () => {
    // canteen is hidden, so its 1 counts for nothing and why stays hidden: neither required nor kept.
    expect(accepted(json, { eats: false, canteen: 1 })).toEqual({ eats: false });
    expect(accepted(json, { eats: false, canteen: 1, why: "难吃" })).toEqual({ eats: false });
    rejected(json, { eats: true, canteen: 1 }, "why");
    expect(accepted(json, { eats: true, canteen: 1, why: "难吃" })).toEqual({ eats: true, canteen: 1, why: "难吃" });
  });

  it("applies visibleIf of pages and panels to the questions inside", () => {
    const pages: Json = {
      pages: [
        { name: "p1", elements: [{ type: "radiogroup", name: "g", choices: ["a", "b"] }] },
        { name: "p2", visibleIf: "{g} = 'a'", elements: [{ type: "text", name: "t", isRequired: true }] },
        { name: "p3", elements: [{ type: "panel", name: "pn", visibleIf: "{g} = 'b'", elements: [{ type: "text", name: "u", isRequired: true }] }] },
      ],
    };
    expect(accepted(pages, { t: "x", u: "y" })).toEqual({});
    rejected(pages, { g: "a" }, "t");
    rejected(pages, { g: "b" }, "u");
    expect(accepted(pages, { g: "b", t: "x", u: "y" })).toEqual({ g: "b", u: "y" });
  });

  it("honours visible: false, and lets visibleIf override it as survey-core does", () => {
    const json = survey({ type: "text", name: "a" }, { type: "text", name: "b", visible: false }, { type: "text", name: "c", visible: false, visibleIf: "{a} = 'on'" });
    expect(accepted(json, { a: "on", b: "x", c: "y" })).toEqual({ a: "on", c: "y" });
    expect(accepted(json, { a: "off", b: "x", c: "y" })).toEqual({ a: "off" });
  });

  it("evaluates notempty, anyof, arithmetic, matrix cells and comments with survey-core", () => {
    const logic = survey(
      { type: "text", name: "n", inputType: "number" },
      { type: "checkbox", name: "c", choices: ["x", "y", "z"], showOtherItem: true },
      { type: "matrix", name: "m", rows: ["r1"], columns: [1, 2, 3] },
      { type: "text", name: "a", visibleIf: "{n} notempty" },
      { type: "text", name: "b", visibleIf: "{c} anyof ['y', 'z']" },
      { type: "text", name: "d", visibleIf: "{n} * 2 + 1 > 7" },
      { type: "text", name: "e", visibleIf: "{m.r1} <= 2" },
      { type: "text", name: "f", visibleIf: "{c-Comment} notempty" },
    );
    const all = { a: "1", b: "1", d: "1", e: "1", f: "1" };
    expect(accepted(logic, all)).toEqual({});
    expect(accepted(logic, { ...all, n: 4, c: ["z", "other"], "c-Comment": "别的", m: { r1: 2 } })).toEqual({
      ...all,
      n: 4,
      c: ["z", "other"],
      "c-Comment": "别的",
      m: { r1: 2 },
    });
    expect(accepted(logic, { ...all, n: 3, c: ["x"], m: { r1: 3 } })).toEqual({ a: "1", n: 3, c: ["x"], m: { r1: 3 } });
  });
});

describe("required", () => {
  it("reports 此题为必答题 for a visible required question left empty", () => {
    const json = survey({ type: "text", name: "t", isRequired: true }, { type: "checkbox", name: "c", choices: ["x"], isRequired: true }, { type: "matrix", name: "m", rows: ["r"], columns: [1], isRequired: true });
    for (const empty of [undefined, null, "", "   "]) {
      const errors = rejected(json, { t: empty, c: [], m: {} }, "t", "c", "m");
      for (const e of errors) expect(e.message).toBe("此题为必答题");
    }
    expect(accepted(json, { t: " 好 ", c: ["x"], m: { r: 1 } })).toEqual({ t: " 好 ", c: ["x"], m: { r: 1 } });
  });

  it("takes null as no answer, but a blank value only in the question's own shape", () => {
    const json = survey({ type: "radiogroup", name: "r", choices: ["x"] }, { type: "text", name: "t" }, { type: "checkbox", name: "c", choices: ["x"] });
    expect(accepted(json, { r: null, t: " ", c: [] })).toEqual({});
    rejected(json, { r: "", t: [], c: {} }, "r", "t", "c");
  });

  it("counts false and 0 as answers", () => {
    const json = survey({ type: "boolean", name: "b", isRequired: true }, { type: "text", name: "n", inputType: "number", isRequired: true });
    expect(accepted(json, { b: false, n: 0 })).toEqual({ b: false, n: 0 });
  });

  it("follows requiredIf, which overrides isRequired when present", () => {
    const json = survey(
      { type: "radiogroup", name: "g", choices: ["a", "b"] },
      { type: "text", name: "t", requiredIf: "{g} = 'a'" },
      { type: "text", name: "u", isRequired: true, requiredIf: "{g} = 'a'" },
    );
    rejected(json, { g: "a" }, "t", "u");
    expect(accepted(json, { g: "b" })).toEqual({ g: "b" });
    expect(accepted(json, {})).toEqual({});
  });

  it("does not require read-only questions (readOnly, or enableIf false here or on a panel)", () => {
    const json = survey(
      { type: "text", name: "a" },
      { type: "text", name: "ro", readOnly: true, isRequired: true },
      { type: "text", name: "en", enableIf: "{a} = 'on'", isRequired: true },
      { type: "panel", name: "pn", enableIf: "{a} = 'on'", elements: [{ type: "text", name: "inner", isRequired: true }] },
    );
    expect(accepted(json, {})).toEqual({});
    rejected(json, { a: "on" }, "en", "inner");
    expect(accepted({ mode: "display", ...survey({ type: "text", name: "t", isRequired: true }) }, {})).toEqual({});
  });

  it("requires one answer in a required panel or page", () => {
    const json: Json = {
      pages: [
        { name: "pg", isRequired: true, elements: [{ type: "panel", name: "pn", isRequired: true, elements: [{ type: "text", name: "a" }, { type: "text", name: "b" }] }, { type: "text", name: "c" }] },
      ],
    };
    rejected(json, {}, "pn", "pg");
    rejected(json, { c: "x" }, "pn");
    expect(accepted(json, { b: "x" })).toEqual({ b: "x" });
  });

  it("reports every failing question, one error each", () => {
    const json = survey(
      { type: "text", name: "a", isRequired: true },
      { type: "radiogroup", name: "b", choices: ["x"], isRequired: true },
      { type: "rating", name: "c", isRequired: true },
      { type: "text", name: "d", inputType: "number", max: 3 },
      { type: "text", name: "e" },
    );
    const errors = rejected(json, { b: "y", d: 9, f: 1 }, "a", "b", "c", "d", "f");
    expect(new Set(errors.map((e) => e.question)).size).toBe(errors.length);
  });
});

describe("single choice (radiogroup, dropdown)", () => {
  const json = survey(
    { type: "radiogroup", name: "r", choices: [{ value: 1, text: "一" }, { value: "two", text: "二" }], showOtherItem: true, showNoneItem: true },
    { type: "dropdown", name: "d", choices: ["a"], choicesMin: 1, choicesMax: 3 },
  );

  it("accepts choice values with their JSON type, and generated dropdown choices", () => {
    expect(accepted(json, { r: 1, d: 2 })).toEqual({ r: 1, d: 2 });
    expect(accepted(json, { r: "two", d: "a" })).toEqual({ r: "two", d: "a" });
    expect(accepted(json, { r: "none" })).toEqual({ r: "none" });
  });

  it("refuses other values, and a number as string (survey-core would take \"1\" for 1)", () => {
    rejected(json, { r: "1", d: "2" }, "r", "d");
    rejected(json, { r: "three", d: 4 }, "r", "d");
    rejected(json, { r: ["two"], d: { a: 1 } }, "r", "d");
    rejected(survey({ type: "radiogroup", name: "r", choices: ["x"] }), { r: "other" }, "r");
  });

  it("needs the other text when other is chosen, and no text otherwise", () => {
    expect(accepted(json, { r: "other", "r-Comment": "三" })).toEqual({ r: "other", "r-Comment": "三" });
    expect(errorsOf(json, { r: "other" })[0]!.message).toBe("请填写“其他”的具体内容");
    rejected(json, { r: "other", "r-Comment": "" }, "r");
    rejected(json, { r: 1, "r-Comment": "三" }, "r");
    rejected(json, { r: "other", "r-Comment": 3 }, "r");
  });

  it("caps the other text at the survey's maxCommentLength", () => {
    const capped = { maxCommentLength: 5, ...json };
    expect(accepted(capped, { r: "other", "r-Comment": "一二三四五" })).toEqual({ r: "other", "r-Comment": "一二三四五" });
    rejected(capped, { r: "other", "r-Comment": "一二三四五六" }, "r");
  });
});

describe("checkbox", () => {
  const json = survey({ type: "checkbox", name: "c", choices: ["a", "b", "c", "d", { value: "x", isExclusive: true }], showOtherItem: true, showNoneItem: true, maxSelectedChoices: 3 });

  it("accepts a list of distinct choice values up to maxSelectedChoices", () => {
    expect(accepted(json, { c: ["b", "a", "c"] })).toEqual({ c: ["b", "a", "c"] });
    expect(accepted(json, { c: ["a", "other"], "c-Comment": "e" })).toEqual({ c: ["a", "other"], "c-Comment": "e" });
    rejected(json, { c: ["a", "b", "c", "d"] }, "c");
  });

  it("refuses non-lists, unknown and repeated values", () => {
    rejected(json, { c: "a" }, "c");
    rejected(json, { c: ["a", "z"] }, "c");
    rejected(json, { c: ["a", "a"] }, "c");
    rejected(json, { c: ["other"] }, "c");
  });

  it("keeps none, refused, dontknow and other exclusive items alone", () => {
    expect(accepted(json, { c: ["none"] })).toEqual({ c: ["none"] });
    expect(accepted(json, { c: ["x"] })).toEqual({ c: ["x"] });
    rejected(json, { c: ["none", "a"] }, "c");
    rejected(json, { c: ["x", "a"] }, "c");
    rejected(json, { c: ["refused"] }, "c");
    const special = survey({ type: "checkbox", name: "c", choices: ["a"], showRefuseItem: true, showDontKnowItem: true });
    expect(accepted(special, { c: ["refused"] })).toEqual({ c: ["refused"] });
    expect(accepted(special, { c: ["dontknow"] })).toEqual({ c: ["dontknow"] });
    rejected(special, { c: ["a", "dontknow"] }, "c");
  });

  it("checks minSelectedChoices as survey-core does: also when empty, not for a lone none", () => {
    const min = survey({ type: "checkbox", name: "c", choices: ["a", "b", "c"], showNoneItem: true, minSelectedChoices: 2 });
    expect(accepted(min, { c: ["a", "b"] })).toEqual({ c: ["a", "b"] });
    expect(accepted(min, { c: ["none"] })).toEqual({ c: ["none"] });
    rejected(min, { c: ["a"] }, "c");
    rejected(min, {}, "c");
  });
});

describe("boolean", () => {
  it("takes true or false", () => {
    const json = survey({ type: "boolean", name: "b" });
    expect(accepted(json, { b: true })).toEqual({ b: true });
    for (const bad of ["true", 1, 0, "是"]) rejected(json, { b: bad }, "b");
  });

  it("takes valueTrue and valueFalse instead when set", () => {
    const json = survey({ type: "boolean", name: "b", valueTrue: "yes", valueFalse: "no" });
    expect(accepted(json, { b: "no" })).toEqual({ b: "no" });
    rejected(json, { b: true }, "b");
  });
});

describe("rating", () => {
  it("takes an integer in 1..5 by default", () => {
    const json = survey({ type: "rating", name: "r" });
    expect(accepted(json, { r: 5 })).toEqual({ r: 5 });
    for (const bad of [0, 6, 2.5, "3", null === null ? [3] : 3]) rejected(json, { r: bad }, "r");
  });

  it("honours rateMin, rateMax and rateStep", () => {
    const json = survey({ type: "rating", name: "r", rateMin: 0, rateMax: 10, rateStep: 5 });
    expect(accepted(json, { r: 10 })).toEqual({ r: 10 });
    rejected(json, { r: 3 }, "r");
  });

  it("uses explicit rateValues", () => {
    const json = survey({ type: "rating", name: "r", rateValues: [{ value: "low", text: "低" }, { value: "high", text: "高" }] });
    expect(accepted(json, { r: "high" })).toEqual({ r: "high" });
    rejected(json, { r: 1 }, "r");
  });
});

describe("text", () => {
  it("takes a string within maxLength, or the survey's maxTextLength", () => {
    const json = { maxTextLength: 4, ...survey({ type: "text", name: "a", maxLength: 2 }, { type: "text", name: "b" }, { type: "text", name: "c", maxLength: 0 }) };
    expect(accepted(json, { a: "一二", b: "一二三四", c: "一二三四五六" })).toEqual({ a: "一二", b: "一二三四", c: "一二三四五六" });
    rejected(json, { a: "一二三", b: "一二三四五", c: 5 }, "a", "b", "c");
  });

  it("takes a JSON number for inputType number (survey-core stores numbers), within min and max", () => {
    const json = survey({ type: "text", name: "n", inputType: "number", min: 1, max: 6 });
    expect(accepted(json, { n: 6 })).toEqual({ n: 6 });
    expect(accepted(json, { n: 1.5 })).toEqual({ n: 1.5 });
    rejected(json, { n: "5" }, "n");
    rejected(json, { n: 0 }, "n");
    expect(errorsOf(json, { n: 7 })[0]!.message).toMatch(/6/);
  });

  it("checks step like survey-core, and range within its bounds (0..100 by default)", () => {
    const json = survey({ type: "text", name: "s", inputType: "number", step: 0.5 }, { type: "text", name: "r", inputType: "range" });
    expect(accepted(json, { s: 2.5, r: 100 })).toEqual({ s: 2.5, r: 100 });
    rejected(json, { s: 2.2, r: 101 }, "s", "r");
  });

  it("takes a calendar day as YYYY-MM-DD for inputType date, within min and max", () => {
    const json = survey({ type: "text", name: "d", inputType: "date", min: "2026-09-01", max: "2027-01-31" });
    expect(accepted(json, { d: "2026-12-31" })).toEqual({ d: "2026-12-31" });
    for (const bad of ["2026-08-31", "2027-02-01", "2026-02-30", "2026/10/01", 20261001]) rejected(json, { d: bad }, "d");
    expect(() => compileValidator(survey({ type: "text", name: "d", inputType: "date", max: "next year" }))).toThrow(/not a date/);
  });

  it("checks email addresses for inputType email", () => {
    const json = survey({ type: "text", name: "e", inputType: "email" });
    expect(accepted(json, { e: "li.lei@school.edu.cn" })).toEqual({ e: "li.lei@school.edu.cn" });
    for (const bad of ["li.lei", "a@b", "a b@c.cn"]) rejected(json, { e: bad }, "e");
  });
});

describe("comment", () => {
  it("takes a string within maxLength (the survey's maxTextLength otherwise, as in survey-core)", () => {
    const json = { maxTextLength: 3, ...survey({ type: "comment", name: "c", maxLength: 5 }, { type: "comment", name: "d" }) };
    expect(accepted(json, { c: "一\n二三四", d: "一二三" })).toEqual({ c: "一\n二三四", d: "一二三" });
    rejected(json, { c: "一二三四五六", d: ["一"] }, "c", "d");
  });
});

describe("matrix", () => {
  const json = survey({ type: "matrix", name: "m", rows: ["safety", { value: 2, text: "二" }], columns: [1, 2, 3] });

  it("maps known rows to known columns, strictly typed", () => {
    expect(accepted(json, { m: { safety: 3, 2: 1 } })).toEqual({ m: { safety: 3, 2: 1 } });
    rejected(json, { m: { food: 1 } }, "m");
    rejected(json, { m: { safety: 4 } }, "m");
    rejected(json, { m: { safety: "3" } }, "m");
    rejected(json, { m: [3] }, "m");
  });

  it("requires every row with eachRowRequired (or its alias isAllRowRequired)", () => {
    for (const flag of ["eachRowRequired", "isAllRowRequired"]) {
      const all = survey({ type: "matrix", name: "m", rows: ["a", "b"], columns: [1, 2], [flag]: true });
      expect(accepted(all, { m: { a: 1, b: 2 } })).toEqual({ m: { a: 1, b: 2 } });
      rejected(all, { m: { a: 1 } }, "m");
      rejected(all, {}, "m");
    }
  });

  it("refuses repeated columns with eachRowUnique", () => {
    const unique = survey({ type: "matrix", name: "m", rows: ["a", "b"], columns: [1, 2], eachRowUnique: true });
    expect(accepted(unique, { m: { a: 1, b: 2 } })).toEqual({ m: { a: 1, b: 2 } });
    rejected(unique, { m: { a: 1, b: 1 } }, "m");
  });
});

describe("ranking", () => {
  const json = survey({ type: "ranking", name: "k", choices: ["a", "b", "c"] });

  it("takes a permutation of all choices", () => {
    expect(accepted(json, { k: ["c", "a", "b"] })).toEqual({ k: ["c", "a", "b"] });
    rejected(json, { k: ["a", "b"] }, "k");
    rejected(json, { k: ["a", "b", "b"] }, "k");
    rejected(json, { k: ["a", "b", "d"] }, "k");
    rejected(json, { k: "a" }, "k");
  });

  it("takes a subset with selectToRankEnabled", () => {
    const subset = survey({ type: "ranking", name: "k", choices: ["a", "b", "c"], selectToRankEnabled: true, maxSelectedChoices: 2 });
    expect(accepted(subset, { k: ["b"] })).toEqual({ k: ["b"] });
    rejected(subset, { k: ["b", "a", "c"] }, "k");
  });
});

describe("validators", () => {
  const one = (validator: Json, type: Json = { type: "text" }) => survey({ ...type, name: "q", validators: [validator] });

  it("numeric: minValue and maxValue", () => {
    const json = one({ type: "numeric", minValue: 3, maxValue: 5 }, { type: "text", inputType: "number" });
    expect(accepted(json, { q: 4 })).toEqual({ q: 4 });
    expect(accepted(json, {})).toEqual({});
    rejected(json, { q: 6 }, "q");
    rejected(one({ type: "numeric" }), { q: "abc" }, "q");
  });

  it("text: minLength, maxLength and allowDigits (trailing digits, as survey-core checks)", () => {
    const json = one({ type: "text", minLength: 2, maxLength: 4, allowDigits: false });
    expect(accepted(json, { q: "1abc" })).toEqual({ q: "1abc" });
    rejected(json, { q: "abc1" }, "q");
    rejected(json, { q: "a" }, "q");
    rejected(json, { q: "abcde" }, "q");
  });

  it("regex, with caseInsensitive", () => {
    const json = one({ type: "regex", regex: "^[a-z]{2}\\d$" });
    expect(accepted(json, { q: "ab1" })).toEqual({ q: "ab1" });
    rejected(json, { q: "AB1" }, "q");
    expect(accepted(one({ type: "regex", regex: "^[a-z]{2}\\d$", caseInsensitive: true }), { q: "AB1" })).toEqual({ q: "AB1" });
  });

  it("email", () => {
    const json = one({ type: "email" });
    expect(accepted(json, { q: "a@b.cn" })).toEqual({ q: "a@b.cn" });
    rejected(json, { q: "a@b" }, "q");
  });

  it("expression, evaluated by survey-core on the visible answers, also when the question is empty", () => {
    const json = survey(
      { type: "text", name: "min", inputType: "number" },
      { type: "text", name: "max", inputType: "number", validators: [{ type: "expression", expression: "{max} >= {min}" }] },
    );
    expect(accepted(json, { min: 1, max: 2 })).toEqual({ min: 1, max: 2 });
    rejected(json, { min: 3, max: 2 }, "max");
    rejected(json, { min: 3 }, "max");
  });

  it("answercount: minCount and maxCount", () => {
    const json = one({ type: "answercount", minCount: 2, maxCount: 2 }, { type: "checkbox", choices: ["a", "b", "c"] });
    expect(accepted(json, { q: ["a", "b"] })).toEqual({ q: ["a", "b"] });
    rejected(json, { q: ["a"] }, "q");
  });

  it("use their own text, in Chinese when localised, else a Chinese default", () => {
    expect(errorsOf(one({ type: "email", text: "邮箱不对" }), { q: "x" })[0]!.message).toBe("邮箱不对");
    expect(errorsOf(one({ type: "email", text: { default: "Bad e-mail", "zh-cn": "邮箱格式错误" } }), { q: "x" })[0]!.message).toBe("邮箱格式错误");
    expect(errorsOf(one({ type: "email" }), { q: "x" })[0]!.message).toMatch(CHINESE);
  });

  it("do not block when they are warnings", () => {
    expect(accepted(one({ type: "email", notificationType: "warning" }), { q: "x" })).toEqual({ q: "x" });
  });

  it("do not run on hidden or read-only questions", () => {
    const json = survey({ type: "text", name: "a" }, { type: "text", name: "q", visibleIf: "{a} = 1", validators: [{ type: "email" }] }, { type: "text", name: "r", readOnly: true, validators: [{ type: "email" }] });
    expect(accepted(json, { a: "2", q: "x", r: "y" })).toEqual({ a: "2", r: "y" });
  });
});

describe("the returned data", () => {
  it("holds only visible, non-empty answers and comments, exactly as submitted", () => {
    const json = survey(
      { type: "text", name: "t" },
      { type: "checkbox", name: "c", choices: [1, 2] },
      { type: "matrix", name: "m", rows: ["r"], columns: ["x"] },
      { type: "rating", name: "r", showCommentArea: true },
      { type: "text", name: "h", visibleIf: "{t} = 'show'" },
    );
    const list = [2, 1];
    const data = accepted(json, { t: "  原样  ", c: list, m: {}, r: null, "r-Comment": "", h: "藏" });
    expect(data).toEqual({ t: "  原样  ", c: [2, 1] });
    expect(data.c).toBe(list);
  });
});

describe("compiling", () => {
  it("lists the questions that take answers", () => {
    const validator = compileValidator({
      pages: [{ name: "p", elements: [{ type: "html", name: "intro", html: "x" }, { type: "text", name: "a" }, { type: "panel", name: "pn", elements: [{ type: "rating", name: "b" }] }] }],
    });
    expect(validator.questionNames).toEqual(["a", "b"]);
  });

  it("throws, naming the element, on an unsupported question type", () => {
    expect(() => compileValidator(survey({ type: "paneldynamic", name: "kids" }))).toThrow(/kids.*paneldynamic/);
    expect(() => compileValidator(survey({ type: "nosuchtype", name: "x" }))).toThrow(/"x"/);
    expect(() => compileValidator(survey({ type: "text", name: "d", inputType: "color" }))).toThrow(/"d".*color/);
  });

  it("throws on features whose effect on the data it does not model", () => {
    const cases: [Json, RegExp][] = [
      [survey({ type: "radiogroup", name: "a", choicesByUrl: { url: "https://example.org" } }), /"a".*choicesByUrl/],
      [survey({ type: "radiogroup", name: "a", choices: [{ value: "x", visibleIf: "{b} = 1" }] }), /"a".*visibleIf/],
      [survey({ type: "text", name: "a", valueName: "b" }), /"a".*valueName/],
      [survey({ type: "radiogroup", name: "a", choices: ["x"], showOtherItem: true, showCommentArea: true }), /"a"/],
      [{ ...survey({ type: "text", name: "a" }), triggers: [{ type: "complete", expression: "{a} = 1" }] }, /triggers/],
      [survey({ type: "text", name: "a", visibleIf: "{b} =" }), /"a".*invalid expression/],
      [survey({ type: "text", name: "a", visibleIf: "displayValue('b') = 1" }), /"a".*displayValue/],
      [survey({ type: "text", name: "a" }, { type: "text", name: "A" }), /clashes/],
      [survey({ type: "text", name: "a", validators: [{ type: "regex", regex: "(" }] }), /"a".*regex/],
      [survey({ type: "matrix", name: "m", rows: ["r"], columns: [1], cellType: "checkbox" }), /"m".*cellType/],
      [survey({ type: "checkbox", name: "c", choices: ["other"], showOtherItem: true }), /"c".*reserved/],
      ["not a survey" as unknown as Json, /JSON object/],
    ];
    for (const [json, message] of cases) expect(() => compileValidator(json), String(message)).toThrow(message);
  });
});
