import {
  Model,
  type Question,
  type QuestionBooleanModel,
  type QuestionCheckboxModel,
  type QuestionCommentModel,
  type QuestionMatrixModel,
  type QuestionRankingModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextModel,
} from "survey-core";
import { isPlainObject, MAX_STRING_LENGTH } from "./answer-values";
import { ANSWER_TYPES, assertSupported } from "./assert-supported";
import { compileMultipleChoice, compileRanking, compileSingleChoice } from "./compile-choice-rules";
import { compileCondition } from "./compile-condition";
import { compileMatrix } from "./compile-matrix-rules";
import { compileBoolean, compileComment, compileRating, compileText } from "./compile-scalar-rules";
import { compileValidators } from "./compile-validators";
import { messages } from "./messages";
import type { AnswerCheck, CommentPlan, ContainerPlan, QuestionPlan, SurveyPlan } from "./plan";

type Json = Record<string, unknown>;

interface Context {
  model: Model;
  plan: SurveyPlan;
  keys: ReadonlyMap<string, string>;
  commentMax: number;
}

const noAnswer: AnswerCheck = () => messages.noAnswerAllowed;

function childElements(json: Json): Json[] {
  const list = json.elements ?? json.questions;
  return Array.isArray(list) ? list.filter(isPlainObject) : [];
}

function typeRules(q: Question, type: string, where: string): { checkShape: AnswerCheck; checkRules: AnswerCheck[] } {
  switch (type) {
    case "radiogroup":
    case "dropdown":
      return compileSingleChoice(q as QuestionSelectBase, where);
    case "checkbox":
      return compileMultipleChoice(q as QuestionCheckboxModel, where);
    case "ranking":
      return compileRanking(q as QuestionRankingModel, where);
    case "boolean":
      return compileBoolean(q as QuestionBooleanModel);
    case "rating":
      return compileRating(q as QuestionRatingModel);
    case "text":
      return compileText(q as QuestionTextModel, where);
    case "comment":
      return compileComment(q as QuestionCommentModel);
    default:
      return compileMatrix(q as QuestionMatrixModel, where);
  }
}

// survey-core keeps the "other" text and the comment area under the same `<name>-Comment` key;
// with both on, the "other" text moves into the value itself, which we do not accept.
function commentPlan(q: Question, type: string, where: string, ctx: Context): CommentPlan | null {
  const select = ["radiogroup", "dropdown", "checkbox"].includes(type) ? (q as QuestionSelectBase) : null;
  const hasOther = select?.showOtherItem === true;
  if (hasOther && q.showCommentArea) throw new Error(`${where}: "showOtherItem" together with "showCommentArea" is not supported`);
  if (!hasOther && !q.showCommentArea) return null;
  const key = `${q.name}-Comment`;
  return hasOther ? { key, other: { value: select!.otherItem.value }, maxLength: ctx.commentMax } : { key, maxLength: ctx.commentMax };
}

function addQuestion(json: Json, parent: ContainerPlan, ctx: Context): void {
  const type = String(json.type).toLowerCase();
  const name = typeof json.name === "string" ? json.name : "";
  if (name === "") return; // an unnamed html or image element holds nothing
  const where = `question "${name}"`;
  const q = ctx.model.getQuestionByName(name);
  if (!q) throw new Error(`${where}: survey-core did not load it`);
  const accepts = ANSWER_TYPES.has(type);
  const rules = accepts ? typeRules(q, type, where) : { checkShape: noAnswer, checkRules: [] };
  const index = ctx.plan.questions.length;
  const comment = accepts ? commentPlan(q, type, where, ctx) : null;
  const question: QuestionPlan = {
    name,
    index,
    parent,
    visible: json.visible !== false,
    visibleIf: compileCondition(json.visibleIf, where, ctx.keys),
    readOnly: json.readOnly === true,
    enableIf: compileCondition(json.enableIf, where, ctx.keys),
    isRequired: json.isRequired === true,
    requiredIf: compileCondition(json.requiredIf, where, ctx.keys),
    acceptsAnswer: accepts,
    comment,
    dataKeys: comment ? [name, comment.key] : [name],
    checkShape: rules.checkShape,
    checkRules: accepts ? [...rules.checkRules, ...compileValidators(q, where, ctx.keys)] : [],
  };
  ctx.plan.questions.push(question);
  ctx.plan.keys.set(name, index);
  if (question.comment) ctx.plan.keys.set(question.comment.key, index);
  for (let c: ContainerPlan | null = parent; c; c = c.parent) c.questions.push(index);
}

function addContainer(json: Json, parent: ContainerPlan | null, where: string, ctx: Context): void {
  const container: ContainerPlan = {
    name: typeof json.name === "string" ? json.name : "",
    index: ctx.plan.containers.length,
    parent,
    visible: json.visible !== false,
    visibleIf: compileCondition(json.visibleIf, where, ctx.keys),
    readOnly: json.readOnly === true,
    enableIf: compileCondition(json.enableIf, where, ctx.keys),
    isRequired: json.isRequired === true,
    requiredIf: compileCondition(json.requiredIf, where, ctx.keys),
    questions: [],
  };
  ctx.plan.containers.push(container);
  for (const el of childElements(json)) {
    if (String(el.type).toLowerCase() === "panel") addContainer(el, container, `panel "${String(el.name ?? "")}" in ${where}`, ctx);
    else addQuestion(el, container, ctx);
  }
}

/**
 * Reads a SurveyJS definition once: logic and flags from the JSON as written (survey-core
 * rewrites `visible` and `readOnly` when it runs conditions), normalised question properties
 * (aliases, defaults, generated choices, rating values) from a survey-core Model.
 */
export function planSurvey(json: unknown): SurveyPlan {
  const keys = assertSupported(json);
  const survey = json as Json;
  if (Array.isArray(survey.pages) && childElements(survey).length > 0) throw new Error(`survey: use either "pages" or "elements", not both`);
  const model = new Model(survey);
  model.locale = "zh-cn";
  const commentMax = model.maxCommentLength > 0 ? Math.min(model.maxCommentLength, MAX_STRING_LENGTH) : MAX_STRING_LENGTH;
  const readOnly = survey.mode === "display" || survey.readOnly === true;
  const ctx: Context = { model, plan: { readOnly, questions: [], containers: [], keys: new Map() }, keys, commentMax };
  const pages = Array.isArray(survey.pages) ? survey.pages.filter(isPlainObject) : [{ elements: childElements(survey) }];
  pages.forEach((page, i) => addContainer(page, null, `page "${String(page.name ?? i + 1)}"`, ctx));
  model.dispose();
  return ctx.plan;
}
