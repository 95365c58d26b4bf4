import { isUnary, type Clause, type Operator } from "./condition-expression";
import { questionLabel, type QuestionJson } from "./survey-json";

export interface ConditionTarget {
  name: string;
  label: string;
  question: QuestionJson;
}

/** Operators a teacher may pick for a question of this type. */
export function operatorsFor(q: QuestionJson): Operator[] {
  switch (q.type) {
    case "radiogroup":
    case "dropdown":
      return ["equal", "notequal", "notempty", "empty"];
    case "checkbox":
      return ["contains", "notcontains", "notempty", "empty"];
    case "boolean":
      return ["equal", "notempty", "empty"];
    case "rating":
      return ["equal", "notequal", "greater", "less", "greaterorequal", "lessorequal", "notempty", "empty"];
    case "text":
      return q.inputType === "number"
        ? ["equal", "notequal", "greater", "less", "greaterorequal", "lessorequal", "notempty", "empty"]
        : ["equal", "notequal", "contains", "notempty", "empty"];
    case "comment":
      return ["contains", "notempty", "empty"];
    default:
      return ["notempty", "empty"];
  }
}

export function defaultClause(target: ConditionTarget): Clause {
  const operator = operatorsFor(target.question)[0]!;
  const choices = Array.isArray(target.question.choices) ? target.question.choices : [];
  const first = choices[0] as unknown;
  const value = isUnary(operator) ? undefined : target.question.type === "boolean" ? true : first && typeof first === "object" ? (first as { value?: unknown }).value : first;
  return { question: target.name, operator, value: value as Clause["value"] };
}

export function conditionTargets(all: { name: string; question: QuestionJson }[], except?: string): ConditionTarget[] {
  return all.filter((e) => e.name !== except && e.question.type !== "html" && e.question.type !== "panel").map((e) => ({ name: e.name, label: questionLabel(e.question), question: e.question }));
}
