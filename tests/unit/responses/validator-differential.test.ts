import { isDeepStrictEqual } from "node:util";
import { Model } from "survey-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRandom, type Random } from "../../../lib/demo/random";
import { compileValidator } from "../../../lib/responses/compile-validator";
import { surveyTemplates } from "../../../lib/surveys/templates/index";

// Differential testing: survey-core 3.0.0 is the oracle for the rule families it checks itself
// (required and requiredIf, visibleIf of pages, panels and questions, min/max of numbers, email,
// the "other" text, minSelectedChoices, eachRowRequired, a required panel, validators). The
// generator therefore only produces data survey-core represents faithfully: values of the right
// JSON type, within the choices, rating values and lengths. What survey-core does not check
// (types, unknown keys, maxSelectedChoices, rating bounds, maxLength…) is covered by
// compile-validator.test.ts instead.
//
// One deliberate divergence: survey-core's validate() still lets an answer to a hidden question
// open a follow-up question, while compileValidator drops hidden answers and re-runs the
// conditions until nothing more drops (the browser client clears hidden answers on completion, so
// it never sends such data). The oracle applies the same fixpoint with survey-core's own
// visibility — drop the answers of questions survey-core shows as hidden, set the data again,
// repeat — and then asks validate(). The cases where that differs from a plain validate() are
// counted below, and only occur when hidden answers were submitted.

type Json = Record<string, unknown>;
type Data = Record<string, unknown>;

const PER_SURVEY = 320;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function questionsOf(elements: unknown): Json[] {
  if (!Array.isArray(elements)) return [];
  return elements.filter(isObject).flatMap((el) => (el.type === "panel" ? questionsOf(el.elements) : [el]));
}

function allQuestions(json: Json): Json[] {
  const pages = Array.isArray(json.pages) ? json.pages.filter(isObject) : [];
  return [...pages.flatMap((p) => questionsOf(p.elements)), ...questionsOf(json.elements)];
}

const values = (items: unknown): unknown[] => (Array.isArray(items) ? items.map((i) => (isObject(i) ? i.value : i)) : []);
const num = (v: unknown, fallback: number): number => (typeof v === "number" ? v : fallback);

function shuffle<T>(items: T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const TEXTS = ["好", "ab", "abc1", "1abc", "你好世界", "AB12", "ab12", "hello", "x@y.cn", "not-an-email", "7"];

function ratingValues(q: Json): unknown[] {
  if (Array.isArray(q.rateValues) && q.rateValues.length > 0) return values(q.rateValues);
  const out: number[] = [];
  for (let v = num(q.rateMin, 1); v <= num(q.rateMax, 5); v += num(q.rateStep, 1)) out.push(v);
  return out;
}

/**
 * One answer of the right shape. A careful respondent stays within min/max and gives the
 * "other" text; a careless one sometimes fails a rule survey-core checks.
 */
function answer(q: Json, random: Random, data: Data, careful: boolean): unknown {
  const choices = values(q.choices);
  const name = String(q.name);
  const withOther = (v: unknown) => {
    if (careful || random.chance(0.75)) data[`${name}-Comment`] = random.pick(["别的", "其他原因", " x "]);
    return v;
  };
  switch (q.type) {
    case "radiogroup":
    case "dropdown":
      return q.showOtherItem && random.chance(0.15) ? withOther("other") : random.pick(choices);
    case "checkbox": {
      if (q.showNoneItem && random.chance(0.1)) return ["none"];
      const max = num(q.maxSelectedChoices, 0) || choices.length;
      const picked = shuffle(choices, random).slice(0, random.int(1, Math.min(max, choices.length)));
      if (q.showOtherItem && picked.length < max && random.chance(0.2)) return withOther([...picked, "other"]);
      return picked;
    }
    case "ranking":
      return shuffle(choices, random);
    case "boolean":
      return random.chance(0.5) ? (q.valueTrue ?? true) : (q.valueFalse ?? false);
    case "rating":
      if (q.showCommentArea && random.chance(0.3)) data[`${name}-Comment`] = "评分说明";
      return random.pick(ratingValues(q));
    case "matrix": {
      const columns = values(q.columns);
      const out: Json = {};
      for (const row of values(q.rows)) if (random.chance(0.9)) out[String(row)] = random.pick(columns);
      return out;
    }
    case "text":
      if (q.inputType === "number") {
        const min = num(q.min, 0);
        const max = num(q.max, 1200);
        return careful ? random.int(min, max) : random.int(min - 2, max + 2);
      }
      if (q.inputType === "email") return random.pick(careful ? ["a@b.cn", "li.lei@school.edu.cn"] : ["a@b.cn", "abc", "a@b"]);
      return random.pick(TEXTS);
    case "comment":
      return random.pick(TEXTS);
    default:
      return undefined;
  }
}

/** Answers every question, visible or not, so that follow-ups are sent both shown and hidden. */
function generate(json: Json, random: Random): Data {
  const data: Data = {};
  const careful = random.chance(0.5);
  for (const q of allQuestions(json)) {
    const skip = q.isRequired || q.requiredIf ? (careful ? 0 : 0.12) : 0.35;
    if (random.chance(skip)) continue;
    const v = answer(q, random, data, careful);
    if (v !== undefined) data[String(q.name)] = v;
  }
  return data;
}

interface Verdict {
  ok: boolean;
  /** Questions, panels and pages with a blocking error, sorted. */
  failing: string[];
  data: Data;
  plainOk: boolean;
  representable: boolean;
}

interface Shown {
  name: string;
  isVisible: boolean;
  parent?: Shown | null;
  errors: { notificationType?: string }[];
}

/** survey-core's verdict, with hidden answers dropped until stable (see the comment on top). */
function oracle(model: Model, d: Data): Verdict {
  model.data = d;
  const representable = isDeepStrictEqual(model.data, d);
  const plainOk = model.validate(true, false);
  // model.clearValue() would be cheaper, but survey-core then leaves `{grid.r1}` conditions stale.
  for (let current = d; ; ) {
    const hidden = model.getAllQuestions(false).filter((q) => !(q.isVisible && q.isParentVisible));
    const keys = hidden.flatMap((q) => [q.name, `${q.name}-Comment`]).filter((k) => k in current);
    if (keys.length === 0) break;
    current = Object.fromEntries(Object.entries(current).filter(([k]) => !keys.includes(k)));
    model.data = current;
  }
  const ok = model.validate(true, false);
  // Errors stay on elements that were hidden since an earlier validate(): look at shown ones only.
  const shown = (el: Shown): boolean => el.isVisible && (!el.parent || shown(el.parent));
  const blocking = (e: { notificationType?: string }) => !e.notificationType || e.notificationType === "error";
  const elements = [...model.getAllQuestions(false), ...model.getAllPanels(false), ...model.pages] as unknown as Shown[];
  const failing = elements
    .filter((el) => shown(el) && el.errors.some(blocking))
    .map((el) => el.name)
    .sort();
  return { ok, failing, data: model.data as Data, plainOk, representable };
}

const kitchenSink: Json = {
  title: "All question types and logic",
  maxTextLength: 50,
  maxCommentLength: 40,
  pages: [
    {
      name: "p1",
      elements: [
        { type: "html", name: "intro", html: "<p>说明</p>" },
        { type: "radiogroup", name: "role", isRequired: true, choices: ["teacher", "parent", "student"], showOtherItem: true },
        { type: "dropdown", name: "grade", visibleIf: "{role} = 'student'", isRequired: true, choices: [1, 2, 3, 4, 5, 6] },
        { type: "text", name: "age", inputType: "number", min: 6, max: 18, visibleIf: "{role} anyof ['student', 'parent']", requiredIf: "{role} = 'student'" },
        { type: "text", name: "email", inputType: "email" },
        { type: "boolean", name: "consent", isRequired: true, valueTrue: "yes", valueFalse: "no" },
      ],
    },
    {
      name: "p2",
      visibleIf: "{consent} = 'yes'",
      elements: [
        { type: "checkbox", name: "topics", isRequired: true, choices: ["a", "b", "c", "d"], showOtherItem: true, showNoneItem: true, maxSelectedChoices: 3, minSelectedChoices: 2 },
        { type: "rating", name: "score", isRequired: true, rateValues: [0, 5, 10] },
        { type: "comment", name: "why_low", visibleIf: "{score} = 0", isRequired: true, maxLength: 30 },
        {
          type: "panel",
          name: "details",
          visibleIf: "{topics} contains 'a' or {topics} contains 'other'",
          isRequired: true,
          elements: [
            { type: "text", name: "code", validators: [{ type: "regex", regex: "^[A-Z]{2}\\d{2}$" }] },
            { type: "text", name: "nick", validators: [{ type: "text", minLength: 2, maxLength: 6, allowDigits: false }] },
          ],
        },
        { type: "matrix", name: "grid", visibleIf: "{score} > 0", eachRowRequired: true, rows: ["r1", "r2", "r3"], columns: [1, 2, 3] },
        { type: "comment", name: "grid_note", visibleIf: "{grid.r1} = 1", isRequired: true },
      ],
    },
    {
      name: "p3",
      elements: [
        { type: "ranking", name: "order", isRequired: true, choices: ["x", "y", "z"] },
        {
          type: "text",
          name: "budget",
          inputType: "number",
          validators: [
            { type: "numeric", minValue: 0, maxValue: 1000 },
            { type: "expression", expression: "{budget} empty or {age} empty or {budget} <= {age} * 100" },
          ],
        },
        { type: "rating", name: "stars", rateMin: 1, rateMax: 9, rateStep: 2, showCommentArea: true },
        { type: "text", name: "mail2", validators: [{ type: "email" }] },
        { type: "panel", name: "staff_only", enableIf: "{role} = 'teacher'", elements: [{ type: "text", name: "subject", isRequired: true }] },
        { type: "text", name: "school", enableIf: "{consent} = 'yes'", isRequired: true, validators: [{ type: "text", minLength: 3 }] },
      ],
    },
  ],
};

const surveys: { key: string; json: Json }[] = [...surveyTemplates.map((t) => ({ key: t.key, json: t.json })), { key: "kitchen sink", json: kitchenSink }];

describe("compileValidator agrees with survey-core", () => {
  beforeAll(() => {
    // survey-core warns on every value it cannot place; the generator makes many on purpose.
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it.each(surveys)("on $key", ({ json }) => {
    const validator = compileValidator(json);
    const model = new Model(json);
    const random = createRandom(20240611);
    const tally = { compared: 0, valid: 0, invalid: 0, hiddenAnswers: 0, plainDiffers: 0, skipped: 0 };
    const mismatches: unknown[] = [];
    for (let i = 0; i < PER_SURVEY; i++) {
      const d = generate(json, random);
      const expected = oracle(model, d);
      if (!expected.representable) {
        tally.skipped++;
        continue;
      }
      const actual = validator.validate(d);
      tally.compared++;
      tally[expected.ok ? "valid" : "invalid"]++;
      if (!isDeepStrictEqual(expected.data, d)) tally.hiddenAnswers++;
      if (expected.plainOk !== expected.ok) {
        tally.plainDiffers++;
        expect(expected.data, "survey-core's plain verdict differs only when hidden answers were sent").not.toEqual(d);
      }
      const failing = actual.ok ? [] : actual.errors.map((e) => e.question).sort();
      if (actual.ok) expect(validator.validate(actual.data), "stored data validates to itself").toEqual(actual);
      const agrees = actual.ok === expected.ok && isDeepStrictEqual(failing, expected.failing) && (!actual.ok || isDeepStrictEqual(actual.data, expected.data));
      if (!agrees && mismatches.length < 5) mismatches.push({ d, expected: expected.ok ? expected.data : expected.failing, actual: actual.ok ? actual.data : actual.errors });
    }
    expect(mismatches).toEqual([]);
    expect(tally.compared).toBeGreaterThanOrEqual(300);
    expect(tally.valid).toBeGreaterThan(20);
    expect(tally.invalid).toBeGreaterThan(20);
    if (JSON.stringify(json).includes("visibleIf")) expect(tally.hiddenAnswers).toBeGreaterThan(100);
  }, 120_000);
});
