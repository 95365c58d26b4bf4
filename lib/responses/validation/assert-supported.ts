import { isPlainObject, PROTOTYPE_NAMES } from "./answer-values";

type Json = Record<string, unknown>;

export const ANSWER_TYPES = new Set(["radiogroup", "dropdown", "checkbox", "ranking", "boolean", "rating", "text", "comment", "matrix"]);
export const NO_ANSWER_TYPES = new Set(["html", "image", "expression"]);
export const TEXT_INPUT_TYPES = new Set(["text", "number", "range", "email", "tel", "url", "date"]);

// Features whose effect on the stored data this validator does not model. A survey using one is
// refused at compile time rather than validated wrongly.
const UNSUPPORTED_ON_SURVEY = ["triggers", "calculatedValues"];
const UNSUPPORTED_ON_ELEMENT = ["valueName", "setValueIf", "setValueExpression", "resetValueIf", "bindings"];
const UNSUPPORTED_ON_SELECT = [
  "choicesFromQuestion", "choiceValuesFromQuestion", "choicesByUrl", "choicesVisibleIf", "choicesEnableIf",
  "valuePropertyName", "allowCustomChoices", "choicesLazyLoadEnabled",
];
const UNSUPPORTED_ON_ITEM = ["visibleIf", "enableIf", "showCommentArea", "isCommentRequired", "elements"];
const UNSUPPORTED_ON_MATRIX = ["rowsVisibleIf", "columnsVisibleIf"];
const UNSUPPORTED_ON_TEXT = ["minValueExpression", "maxValueExpression"];

function isSet(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0);
}

function refuse(json: Json, props: string[], where: string): void {
  for (const p of props) if (isSet(json[p])) throw new Error(`${where}: "${p}" is not supported by the response validator`);
}

function childElements(json: Json): unknown[] {
  const list = json.elements ?? json.questions;
  return Array.isArray(list) ? list : [];
}

function checkItems(items: unknown, where: string): void {
  if (!Array.isArray(items)) return;
  for (const item of items) {
    if (isPlainObject(item)) refuse(item, UNSUPPORTED_ON_ITEM, `${where}, item ${JSON.stringify(item.value)}`);
  }
}

function checkElement(el: unknown, where: string, names: Map<string, string>): void {
  if (!isPlainObject(el)) throw new Error(`${where}: an element must be an object`);
  const type = typeof el.type === "string" ? el.type.toLowerCase() : "";
  const label = typeof el.name === "string" && el.name !== "" ? `element "${el.name}"` : where;
  if (type === "panel") {
    refuse(el, UNSUPPORTED_ON_ELEMENT, label);
    childElements(el).forEach((child, i) => checkElement(child, `${label}, element ${i + 1}`, names));
    return;
  }
  if (!ANSWER_TYPES.has(type) && !NO_ANSWER_TYPES.has(type)) {
    throw new Error(`${label}: question type "${String(el.type)}" is not supported by the response validator`);
  }
  refuse(el, UNSUPPORTED_ON_ELEMENT, label);
  if ((type === "html" || type === "image") && typeof el.name !== "string") return;
  if (typeof el.name !== "string" || el.name.trim() === "") throw new Error(`${where}: a ${type} question needs a name`);
  // survey-core keeps questions in plain objects keyed by name (and lower-cased name): "toString" found a method there.
  if (PROTOTYPE_NAMES.has(el.name) || PROTOTYPE_NAMES.has(el.name.toLowerCase())) throw new Error(`${label}: this name is not allowed`);
  if (["radiogroup", "dropdown", "checkbox", "ranking"].includes(type)) {
    refuse(el, UNSUPPORTED_ON_SELECT, label);
    if (el.storeOthersAsComment === false) throw new Error(`${label}: "storeOthersAsComment": false is not supported`);
  }
  if (type === "matrix") refuse(el, UNSUPPORTED_ON_MATRIX, label);
  if (type === "text") refuse(el, UNSUPPORTED_ON_TEXT, label);
  for (const list of ["choices", "rows", "columns", "rateValues"]) checkItems(el[list], label);
  for (const key of [el.name, `${el.name}-Comment`]) {
    const other = names.get(key.toLowerCase());
    if (other !== undefined) throw new Error(`${label}: the name "${key}" clashes with "${other}"`);
    names.set(key.toLowerCase(), key);
  }
}

/**
 * Refuses, by throwing an Error that names the element, a survey using a question type or a
 * feature the validator does not model. Names must be unique ignoring case, because survey-core
 * looks variables up without case. Returns every data key (names and `<name>-Comment`),
 * lower-cased, to its spelling.
 */
export function assertSupported(json: unknown): Map<string, string> {
  if (!isPlainObject(json)) throw new Error("The survey definition must be a JSON object");
  refuse(json, UNSUPPORTED_ON_SURVEY, "survey");
  if (json.storeOthersAsComment === false) throw new Error(`survey: "storeOthersAsComment": false is not supported`);
  if (isSet(json.firstPageIsStartPage) || isSet(json.firstPageIsStarted)) throw new Error(`survey: a start page is not supported`);
  const names = new Map<string, string>();
  const pages = Array.isArray(json.pages) ? json.pages : [];
  pages.forEach((page, p) => {
    if (!isPlainObject(page)) throw new Error(`page ${p + 1}: a page must be an object`);
    const label = typeof page.name === "string" && page.name !== "" ? `page "${page.name}"` : `page ${p + 1}`;
    refuse(page, UNSUPPORTED_ON_ELEMENT, label);
    childElements(page).forEach((el, i) => checkElement(el, `${label}, element ${i + 1}`, names));
  });
  childElements(json).forEach((el, i) => checkElement(el, `survey element ${i + 1}`, names));
  return names;
}
