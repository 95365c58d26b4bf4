/** The compiled form of a survey: what validating one response needs, with survey-core out of the loop. */

export type Values = Record<string, unknown>;

/** A survey-core logic expression (visibleIf, enableIf, requiredIf, expression validators). */
export interface Condition {
  run(values: Values): boolean;
  /** The data keys it reads. */
  keys: readonly string[];
}

/**
 * A page or a panel. As in survey-core, a condition when present decides alone: visibleIf
 * overrides `visible`, enableIf overrides `readOnly`, requiredIf overrides `isRequired`.
 */
export interface ContainerPlan {
  name: string;
  index: number;
  parent: ContainerPlan | null;
  visible: boolean;
  visibleIf: Condition | null;
  readOnly: boolean;
  enableIf: Condition | null;
  isRequired: boolean;
  requiredIf: Condition | null;
  /** Indexes of the questions inside it, nested panels included (for "answer at least one"). */
  questions: number[];
}

/** Returns an error message, or null when the answer passes. */
export type AnswerCheck = (value: unknown, values: Values) => string | null;

export interface CommentPlan {
  key: string;
  /** The "other" item's value when the comment holds the "other" text; absent for a comment area. */
  other?: { value: unknown };
  maxLength: number;
}

/** A question, with the same condition precedence as a container. */
export interface QuestionPlan {
  name: string;
  index: number;
  parent: ContainerPlan;
  visible: boolean;
  visibleIf: Condition | null;
  readOnly: boolean;
  enableIf: Condition | null;
  isRequired: boolean;
  requiredIf: Condition | null;
  /** html, image and expression hold no answer. */
  acceptsAnswer: boolean;
  /** `<name>-Comment`: the "other" text or the comment area, when the question has one. */
  comment: CommentPlan | null;
  /** Its keys in the data: the name, and the comment key if any. */
  dataKeys: string[];
  /** Strict JSON shape of a non-empty answer (types, choices, lengths); always applied. */
  checkShape: AnswerCheck;
  /** What survey-core itself checks (ranges, email, all rows…), also on empty answers; skipped when read-only, as survey-core does. */
  checkRules: AnswerCheck[];
}

export interface SurveyPlan {
  /** `mode: "display"` or `readOnly: true` on the survey. */
  readOnly: boolean;
  questions: QuestionPlan[];
  containers: ContainerPlan[];
  /** Every key a response may hold: question names and comment keys, to the question's index. */
  keys: Map<string, number>;
}
