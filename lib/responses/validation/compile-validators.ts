import {
  Helpers,
  type AnswerCountValidator,
  type ExpressionValidator,
  type NumericValidator,
  type Question,
  type RegexValidator,
  type SurveyValidator,
  type TextValidator,
} from "survey-core";
import { compileCondition } from "./compile-condition";
import { EMAIL } from "./compile-scalar-rules";
import { messages } from "./messages";
import type { AnswerCheck } from "./plan";

// Each check mirrors the survey-core validator of the same name (validator.ts), quirks included:
// the text validator's allowDigits only looks at trailing digits, the expression validator also
// runs on an empty answer. A message given in the survey (`text`) wins over ours.

function isEmpty(v: unknown): boolean {
  return Helpers.isValueEmpty(typeof v === "string" ? v.trim() : v);
}

function numberOrNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function numeric(v: NumericValidator, text: string): AnswerCheck {
  const min = numberOrNull(v.minValue);
  const max = numberOrNull(v.maxValue);
  const message = text || messages.numericValidator(min, max);
  return (value) => {
    if (isEmpty(value)) return null;
    if (!Helpers.isNumber(value)) return text || messages.notNumber;
    const n = Helpers.getNumber(value);
    return (min !== null && min > n) || (max !== null && max < n) ? message : null;
  };
}

function textLength(v: TextValidator, text: string): AnswerCheck {
  const min = numberOrNull(v.minLength) ?? 0;
  const max = numberOrNull(v.maxLength) ?? 0;
  const allowDigits = v.allowDigits !== false;
  return (value) => {
    if (isEmpty(value)) return null;
    if (!allowDigits && /\d+$/.test(String(value))) return text || messages.noDigits;
    const length = (value as { length?: number }).length ?? 0;
    return (min > 0 && length < min) || (max > 0 && length > max) ? text || messages.textLength(min, max) : null;
  };
}

function regex(v: RegexValidator, text: string, where: string): AnswerCheck {
  if (!v.regex) return () => null;
  let re: RegExp;
  try {
    re = new RegExp(v.regex, v.caseInsensitive ? "i" : "");
  } catch {
    throw new Error(`${where}: invalid regex "${v.regex}"`);
  }
  const message = text || messages.regex;
  return (value) => {
    if (isEmpty(value)) return null;
    if (Array.isArray(value) && value.some((item) => !re.test(String(item)))) return message;
    return re.test(String(value)) ? null : message;
  };
}

function answerCount(v: AnswerCountValidator, text: string): AnswerCheck {
  const min = numberOrNull(v.minCount) ?? 0;
  const max = numberOrNull(v.maxCount) ?? 0;
  return (value) => {
    if (!Array.isArray(value) || value.length === 0) return null;
    if (min && value.length < min) return text || messages.tooFewChoices(min);
    return max && value.length > max ? text || messages.tooManyChoices(max) : null;
  };
}

/** The question's blocking validators ("warning" and "info" ones do not stop survey-core either). */
export function compileValidators(q: Question, where: string, keys: ReadonlyMap<string, string>): AnswerCheck[] {
  const checks: AnswerCheck[] = [];
  q.validators.forEach((v: SurveyValidator, i) => {
    if (v.notificationType && v.notificationType !== "error") return;
    const at = `${where}, validator ${i + 1}`;
    const text = v.text ?? "";
    switch (v.getType()) {
      case "numericvalidator":
        return void checks.push(numeric(v as NumericValidator, text));
      case "textvalidator":
        return void checks.push(textLength(v as TextValidator, text));
      case "regexvalidator":
        return void checks.push(regex(v as RegexValidator, text, at));
      case "emailvalidator":
        return void checks.push((value) => (value && !EMAIL.test(String(value)) ? text || messages.badEmail : null));
      case "answercountvalidator":
        return void checks.push(answerCount(v as AnswerCountValidator, text));
      case "expressionvalidator": {
        const condition = compileCondition((v as ExpressionValidator).expression, at, keys);
        if (condition) checks.push((_value, values) => (condition.run(values) ? null : text || messages.expression));
        return;
      }
      default:
        throw new Error(`${at}: validator type "${v.getType()}" is not supported`);
    }
  });
  return checks;
}
