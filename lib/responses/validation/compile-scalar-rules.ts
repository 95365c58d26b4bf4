import { Helpers, type QuestionBooleanModel, type QuestionCommentModel, type QuestionRatingModel, type QuestionTextModel } from "survey-core";
import { MAX_STRING_LENGTH } from "./answer-values";
import { TEXT_INPUT_TYPES } from "./assert-supported";
import { messages } from "./messages";
import type { AnswerCheck } from "./plan";

export interface ScalarRules {
  checkShape: AnswerCheck;
  checkRules: AnswerCheck[];
}

// survey-core's EmailValidator pattern, so that the client and the server agree.
export const EMAIL = /^(([^<>()[\]\.,;:\s@"]+(\.[^<>()[\]\.,;:\s@"]+)*)|(".+"))@(([^<>()=[\]\.,;:\s@"]+\.)+[^<>()=[\]\.,;:\s@"]{2,})$/i;

function checkString(maxLength: number | null): AnswerCheck {
  const max = maxLength !== null && maxLength > 0 ? Math.min(maxLength, MAX_STRING_LENGTH) : MAX_STRING_LENGTH;
  return (value) => (typeof value !== "string" ? messages.notText : value.length > max ? messages.tooLong(max) : null);
}

function readNumber(v: unknown, where: string): number | null {
  if (v === undefined || v === null || v === "") return null;
  if (!Helpers.isNumber(v)) throw new Error(`${where}: "${String(v)}" is not a number`);
  return Helpers.getNumber(v);
}

// survey-core's isStepNumberIncorrect: scale both to integers, then test divisibility.
function isOffStep(value: number, step: number): boolean {
  let pw = 1;
  while ((Math.round(step * pw) / pw !== step || Math.round(value * pw) / pw !== value) && pw < 1_000_000) pw *= 10;
  const s = Math.round(step * pw);
  return s > 0 && Math.round(value * pw) % s !== 0;
}

/**
 * A text question: a string (capped by maxLength, the survey's maxTextLength and the safety
 * cap), or for inputType number/range a JSON number — survey-core stores numbers for those, so a
 * numeric string is refused. min, max and step as survey-core checks them; email as inputType.
 */
export function compileText(q: QuestionTextModel, where: string): ScalarRules {
  const inputType = q.inputType || "text";
  if (!TEXT_INPUT_TYPES.has(inputType)) throw new Error(`${where}: inputType "${inputType}" is not supported by the response validator`);
  if (q.maskType && q.maskType !== "none") throw new Error(`${where}: input masks are not supported by the response validator`);
  if (inputType === "date") return compileDate(q, where);
  if (inputType !== "number" && inputType !== "range") {
    const rules: AnswerCheck[] = [];
    const hasEmailValidator = q.validators.some((v) => v.getType() === "emailvalidator");
    if (inputType === "email" && !hasEmailValidator) rules.push((v) => (typeof v === "string" && v !== "" && !EMAIL.test(v) ? messages.badEmail : null));
    return { checkShape: checkString(q.getMaxLength() as number | null), checkRules: rules };
  }
  const min = readNumber(q.renderedMin, where);
  const max = readNumber(q.renderedMax, where);
  // renderedStep is "any" without a step; survey-core then checks none.
  const step = inputType === "number" && Helpers.isNumber(q.renderedStep) ? Helpers.getNumber(q.renderedStep) : null;
  // A range slider without bounds spans the browser's 0–100.
  const low = inputType === "range" ? (min ?? 0) : -Infinity;
  const high = inputType === "range" ? (max ?? 100) : Infinity;
  const checkShape: AnswerCheck = (v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return messages.notNumber;
    return v < low ? messages.belowMin(low) : v > high ? messages.aboveMax(high) : null;
  };
  const rules: AnswerCheck[] = [];
  if (min !== null) rules.push((v) => (typeof v === "number" && v < min ? messages.belowMin(min) : null));
  if (max !== null) rules.push((v) => (typeof v === "number" && v > max ? messages.aboveMax(max) : null));
  if (step !== null) rules.push((v) => (typeof v === "number" && isOffStep(v, step) ? messages.badStep(step) : null));
  return { checkShape, checkRules: rules };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(v: unknown): v is string {
  if (typeof v !== "string" || !DAY.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * A date question: survey-core stores the browser's date input value, "YYYY-MM-DD", which
 * compares as text in calendar order; min and max are such days.
 */
function compileDate(q: QuestionTextModel, where: string): ScalarRules {
  const bound = (v: unknown) => {
    if (v === undefined || v === null || v === "") return null;
    if (!isDay(v)) throw new Error(`${where}: "${String(v)}" is not a date (YYYY-MM-DD)`);
    return v;
  };
  const min = bound(q.min);
  const max = bound(q.max);
  const rules: AnswerCheck[] = [];
  if (min !== null) rules.push((v) => (typeof v === "string" && v < min ? messages.dateBefore(min) : null));
  if (max !== null) rules.push((v) => (typeof v === "string" && v > max ? messages.dateAfter(max) : null));
  return { checkShape: (v) => (isDay(v) ? null : messages.notADate), checkRules: rules };
}

export function compileComment(q: QuestionCommentModel): ScalarRules {
  return { checkShape: checkString(q.getMaxLength() as number | null), checkRules: [] };
}

/** true/false, or valueTrue/valueFalse when the survey sets them. */
export function compileBoolean(q: QuestionBooleanModel): ScalarRules {
  const yes: unknown = q.getValueTrue();
  const no: unknown = q.getValueFalse();
  return { checkShape: (v) => (v === yes || v === no ? null : messages.notABoolean), checkRules: [] };
}

/** One of the values survey-core renders: rateMin..rateMax by rateStep, or the explicit rateValues. */
export function compileRating(q: QuestionRatingModel): ScalarRules {
  const allowed = new Set<unknown>(q.visibleRateValues.map((item) => item.value as unknown));
  return { checkShape: (v) => (allowed.has(v) ? null : messages.notARating), checkRules: [] };
}
