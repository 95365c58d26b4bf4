import { namedElements, type QuestionJson, type SurveyJson } from "./survey-json";

/** The question types Wence answers and analyses (lib/responses/validation/assert-supported.ts). */
export const QUESTION_TYPES = ["radiogroup", "checkbox", "dropdown", "rating", "boolean", "text", "comment", "matrix", "ranking", "html"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The first free code "q1", "q2", … (names are compared without case, as survey-core does). */
export function freeName(survey: SurveyJson, prefix = "q"): string {
  const taken = new Set(namedElements(survey).map((e) => e.name.toLowerCase()));
  let n = 1;
  while (taken.has(`${prefix}${n}`.toLowerCase()) || taken.has(`${prefix}${n}-comment`)) n++;
  return `${prefix}${n}`;
}

/** A new question with sensible defaults: three choices for choice questions, 1–5 for ratings. */
export function newQuestion(type: string, survey: SurveyJson, labels: { choice: (n: number) => string }): QuestionJson {
  const name = freeName(survey, type === "html" ? "info" : "q");
  const choices = [1, 2, 3].map((n) => ({ value: `c${n}`, text: labels.choice(n) }));
  switch (type) {
    case "radiogroup":
    case "checkbox":
    case "dropdown":
    case "ranking":
      return { type, name, choices };
    case "rating":
      return { type, name, rateMin: 1, rateMax: 5 };
    case "matrix":
      return { type, name, rows: [{ value: "r1", text: labels.choice(1) }], columns: [1, 2, 3, 4, 5].map((v) => ({ value: v, text: String(v) })) };
    case "html":
      return { type, name, html: "" };
    default:
      return { type, name };
  }
}
