/** A safety cap on any submitted string, whatever the survey says. */
export const MAX_STRING_LENGTH = 10_000;
/**
 * NUL and unpaired UTF-16 surrogates: PostgreSQL stores neither in jsonb (a 500 there) and no
 * keyboard types them. Refused on both databases alike, so an answer valid on one is valid on both.
 */
export const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Deeper than any answer shape we accept (a matrix is two levels). */
const MAX_DEPTH = 4;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * "No answer" the way survey-core's `Question.isEmpty()` sees it: null, a blank string (trimmed),
 * an empty list, or an object whose values are all empty. Such values are never stored; apart
 * from null they must still have the question's shape (a blank string for a text, [] for a list).
 */
export function isEmptyAnswer(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  if (Array.isArray(v)) return v.length === 0;
  if (isPlainObject(v)) {
    for (const key in v) if (!isEmptyValue(v[key])) return false;
    return true;
  }
  return false;
}

// survey-core's Helpers.isValueEmpty for nested values (no trimming there).
function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (typeof v === "number") return Number.isNaN(v);
  if (Array.isArray(v)) return v.length === 0;
  if (isPlainObject(v)) {
    for (const key in v) if (!isEmptyValue(v[key])) return false;
    return true;
  }
  return false;
}

/**
 * Own keys of Object.prototype. An answer object holding one (JSON makes `{"toString": null}` an
 * own key) breaks code that converts or inspects it, survey-core's expression engine first among
 * them: a condition reading such an answer threw a TypeError. No answer shape needs these names.
 */
export const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

export type ValueProblem = "long" | "unstorable" | "deep" | "prototypeKey";

/**
 * Checks every level of a submitted value, whatever the question: "long" for a string over the
 * cap, "unstorable" for one with NUL or an unpaired surrogate, "deep" for nesting beyond any
 * answer shape, "prototypeKey" for an object key that names an Object.prototype member.
 */
export function screenValue(v: unknown, depth = 0): ValueProblem | null {
  if (typeof v === "string") return v.length > MAX_STRING_LENGTH ? "long" : UNSTORABLE.test(v) ? "unstorable" : null;
  if (typeof v !== "object" || v === null) return null;
  if (depth >= MAX_DEPTH) return "deep";
  if (!Array.isArray(v) && Object.keys(v).some((k) => PROTOTYPE_NAMES.has(k))) return "prototypeKey";
  const items = Array.isArray(v) ? v : Object.values(v);
  for (const item of items) {
    const problem = screenValue(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}
