import { isEmptyAnswer, isPlainObject, MAX_STRING_LENGTH, screenValue, type ValueProblem } from "./answer-values";
import { messages } from "./messages";
import type { CommentPlan, QuestionPlan, SurveyPlan, Values } from "./plan";
import { isReadOnly, isRequired, resolveVisibility } from "./resolve-visibility";

export interface AnswerError {
  question: string;
  message: string;
}

export type ValidationResult = { ok: true; data: Record<string, unknown> } | { ok: false; errors: AnswerError[] };

const MAX_KEY_IN_ERROR = 100;

function selectsOther(value: unknown, other: unknown): boolean {
  return value === other || (Array.isArray(value) && value.includes(other));
}

function checkComment(plan: CommentPlan, comment: unknown, value: unknown): string | null {
  if (typeof comment !== "string") return messages.commentNotText;
  if (comment.length > plan.maxLength) return messages.tooLong(plan.maxLength);
  return plan.other && comment !== "" && !selectsOther(value, plan.other.value) ? messages.commentWithoutOther : null;
}

function valueProblemMessage(problem: ValueProblem | null): string | null {
  switch (problem) {
    case null:
      return null;
    case "long":
      return messages.tooLong(MAX_STRING_LENGTH);
    case "unstorable":
      return messages.unstorableText;
    case "deep":
      return messages.tooDeep;
    case "prototypeKey":
      return messages.reservedKey;
  }
}

/** The first problem with one visible question's answer, or null. */
function checkQuestion(plan: SurveyPlan, q: QuestionPlan, values: Values): string | null {
  const value = values[q.name];
  if (value !== undefined && value !== null) {
    const problem = q.checkShape(value, values);
    if (problem) return problem;
  }
  const empty = isEmptyAnswer(value);
  const comment = q.comment ? values[q.comment.key] : undefined;
  if (comment !== undefined && comment !== null) {
    const problem = checkComment(q.comment!, comment, value);
    if (problem) return problem;
  }
  if (isReadOnly(plan, q, values)) return null;
  if (empty && isRequired(q, values)) return messages.required;
  if (q.comment?.other && selectsOther(value, q.comment.other.value) && !comment) return messages.otherRequired;
  for (const rule of q.checkRules) {
    const problem = rule(value, values);
    if (problem) return problem;
  }
  return null;
}

/** Validates one response against a compiled survey; see compileValidator for the rules. */
export function validateAnswers(plan: SurveyPlan, data: unknown): ValidationResult {
  if (!isPlainObject(data)) return { ok: false, errors: [{ question: "", message: messages.notAnObject }] };
  const errors: AnswerError[] = [];
  const failed = new Array<boolean>(plan.questions.length).fill(false);
  const values: Values = {};
  for (const key of Object.keys(data)) {
    const value = data[key];
    const index = plan.keys.get(key);
    if (index === undefined) {
      const shown = key.length > MAX_KEY_IN_ERROR ? `${key.slice(0, MAX_KEY_IN_ERROR)}…` : key;
      errors.push({ question: shown, message: messages.unknownKey });
      continue;
    }
    const q = plan.questions[index]!;
    if (value === undefined || failed[index]) continue;
    const problem = q.acceptsAnswer ? valueProblemMessage(screenValue(value)) : messages.noAnswerAllowed;
    if (problem) {
      errors.push({ question: q.name, message: problem });
      failed[index] = true;
      continue;
    }
    values[key] = value;
  }

  const visibility = resolveVisibility(plan, values);
  const out: Record<string, unknown> = {};
  for (const q of plan.questions) {
    if (!visibility.questions[q.index] || !q.acceptsAnswer || failed[q.index]) continue;
    const problem = checkQuestion(plan, q, values);
    if (problem) {
      errors.push({ question: q.name, message: problem });
      failed[q.index] = true;
      continue;
    }
    if (!isEmptyAnswer(values[q.name])) out[q.name] = values[q.name];
    const comment = q.comment ? values[q.comment.key] : undefined;
    if (typeof comment === "string" && comment !== "") out[q.comment!.key] = comment;
  }
  for (const c of plan.containers) {
    if (!visibility.containers[c.index] || !isRequired(c, values)) continue;
    const shown = c.questions.filter((i) => visibility.questions[i] && plan.questions[i]!.acceptsAnswer);
    if (shown.length > 0 && shown.every((i) => isEmptyAnswer(values[plan.questions[i]!.name]))) {
      errors.push({ question: c.name, message: messages.panelRequired });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: out };
}
