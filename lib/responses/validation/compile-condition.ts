import { ConditionRunner } from "survey-core";
import type { Condition, Values } from "./plan";

// survey-core's built-in functions that need nothing but their arguments. The others
// (isContainerReady, displayValue, propertyValue, getComment, isDisplayMode) read the live survey
// model, which the compiled validator does not have.
const PURE_FUNCTIONS = new Set([
  "sum", "min", "max", "count", "avg", "round", "trunc", "iif", "getdate", "age", "datediff", "dateadd",
  "currentdate", "today", "getyear", "currentyear", "diffdays", "year", "month", "day", "weekday", "substring",
]);

function functionNames(expression: string): string[] {
  const code = expression.replace(/'[^']*'|"[^"]*"|\{[^}]*\}/g, " ");
  return [...code.matchAll(/([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]!.toLowerCase());
}

// The names survey-core may try for a variable: it looks up "a.b.c" as "a.b.c", then "a.b",
// then "a" (ignoring case and [index] parts), each time scanning every key of the values.
function candidateNames(variable: string): string[] {
  const parts = variable.toLowerCase().split(".").map((p) => p.replace(/\[[^\]]*\]$/, ""));
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/**
 * Compiles a logic expression with survey-core's ConditionRunner (what survey-core itself runs
 * for visibleIf, enableIf, requiredIf and expression validators). Throws on syntax errors and on
 * functions that need a live survey; `where` names the element for the message.
 *
 * `keys` maps every data key of the survey, lower-cased, to its spelling. The runner is given only
 * the keys its variables can resolve to: the same result, since survey-core would never match the
 * others, without its per-lookup scan over all answers.
 */
export function compileCondition(expression: unknown, where: string, keys: ReadonlyMap<string, string>): Condition | null {
  if (expression === undefined || expression === null || expression === "") return null;
  if (typeof expression !== "string") throw new Error(`${where}: the expression must be a string`);
  const runner = new ConditionRunner(expression);
  if (!runner.canRun()) throw new Error(`${where}: invalid expression "${expression}"`);
  if (runner.isAsync) throw new Error(`${where}: asynchronous functions are not supported in "${expression}"`);
  if (runner.hasFunction()) {
    const unsupported = functionNames(expression).filter((f) => !PURE_FUNCTIONS.has(f));
    if (unsupported.length > 0) throw new Error(`${where}: unsupported function ${unsupported.join(", ")}() in "${expression}"`);
  }
  const used = new Set<string>();
  for (const variable of runner.getVariables()) {
    for (const name of candidateNames(variable)) {
      const key = keys.get(name);
      if (key !== undefined) used.add(key);
    }
  }
  const usedKeys = [...used];
  return {
    keys: usedKeys,
    run(values: Values) {
      const subset: Values = {};
      for (const key of usedKeys) if (Object.hasOwn(values, key)) subset[key] = values[key];
      return runner.runValues(subset);
    },
  };
}
