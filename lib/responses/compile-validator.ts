import { planSurvey } from "./validation/plan-survey";
import { validateAnswers, type AnswerError, type ValidationResult } from "./validation/validate-answers";

export type { AnswerError, ValidationResult };

export interface CompiledValidator {
  validate(data: unknown): ValidationResult;
  /** Names of the questions that take an answer (html, image and expression do not), in survey order. */
  questionNames: string[];
}

/**
 * Compiles the SurveyJS JSON of a survey version into a validator for submitted responses.
 * Compile once per version (it builds one survey-core Model, some milliseconds) and reuse it:
 * validating a response then needs no Model, only survey-core's ConditionRunner for the logic.
 *
 * Throws an Error naming the element when the survey uses a question type or a feature this
 * validator does not model (see validation/assert-supported.ts), rather than accept data it
 * cannot check.
 *
 * What validate(data) checks — every failing question gets one error, messages in Chinese:
 * - `data` must be a plain object; otherwise one error with `question: ""`.
 * - Keys must be question names or `<name>-Comment` for a question with showOtherItem or
 *   showCommentArea (where survey-core keeps the "other" text and the comment). Any other key
 *   is an error naming the key (cut to 100 characters). html, image and expression take no value.
 * - Visibility: visibleIf of pages, panels and questions, run by survey-core's ConditionRunner
 *   on the submitted values. Hidden answers are dropped (not an error) and count for nothing: the
 *   conditions are re-run without them until stable. survey-core's own validate() still lets a
 *   hidden answer open a follow-up question; the browser client, which clears hidden answers
 *   on completion, never sends such data, so the difference only shows on tampered input.
 * - Required: isRequired, or requiredIf when present, on a visible question that is not
 *   read-only (readOnly or enableIf false, here or around it, or a display-mode survey, as in
 *   survey-core). Empty means what survey-core's isEmpty means: missing, null, a blank string,
 *   [] or an object with only empty values (each but null only where the question takes that
 *   shape). A required panel or page needs one answer inside; its error names the panel.
 * - Shape, strictly (what the browser client cannot produce otherwise): choice values with their
 *   JSON type (1 is not "1"; survey-core would accept "1"); "other", "none", "refused" and
 *   "dontknow" only when the question shows them; checkbox: distinct values, an exclusive
 *   item alone, at most maxSelectedChoices; ranking: all visible choices once (a subset with
 *   selectToRankEnabled); boolean: true/false or valueTrue/valueFalse; rating: one of the
 *   rendered rate values; text: a string within maxLength / the survey's maxTextLength, or a
 *   JSON number for inputType number/range (a numeric string is refused: survey-core stores
 *   numbers there); comment: a string within maxLength; matrix: known rows to known columns.
 *   Any string over 10,000 characters, or holding NUL or an unpaired UTF-16 surrogate (PostgreSQL
 *   cannot store them in jsonb), is refused, hidden or not; so is an object key naming an
 *   Object.prototype member ("toString", "constructor", "__proto__", …) at any level.
 * - What survey-core checks, skipped on read-only questions like survey-core does: min/max/step
 *   of numbers, email for inputType email, the "other" text when "other" is chosen,
 *   minSelectedChoices, eachRowRequired, eachRowUnique, and the validators (numeric, text,
 *   regex, email, expression, answercount; "warning"/"info" ones do not block). A validator's
 *   own `text` is used as the message when set.
 * - `data` on success holds the visible, non-empty answers (and non-empty comments) exactly as
 *   submitted.
 */
export function compileValidator(json: unknown): CompiledValidator {
  const plan = planSurvey(json);
  const questionNames = plan.questions.filter((q) => q.acceptsAnswer).map((q) => q.name);
  return { validate: (data) => validateAnswers(plan, data), questionNames };
}
