import { Serializer, type JsonObjectProperty } from "survey-core";
import type { FieldIssue } from "../errors/app-error";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Properties survey-core declares as text of some kind: it calls string methods on them. */
const TEXT_TYPES = new Set(["string", "text", "html", "condition", "expression"]);
/** Read with string methods whatever else they hold elsewhere: a number here threw (name.trim, inputType.toLowerCase, the survey's mode.toLowerCase). */
const STRING_ONLY = new Set(["name", "inputType", "mode"]);

interface Where {
  label: string;
  field: string;
}

const classOf = (type: unknown, suffix = ""): string | undefined => {
  const name = typeof type === "string" ? `${type.toLowerCase()}${suffix}` : "";
  return Serializer.findClass(name) ? name : undefined;
};

function checkList(prop: JsonObjectProperty, key: string, list: unknown[], where: Where): FieldIssue | null {
  const itemClass = prop.className;
  const scalarsAllowed = !!itemClass && Serializer.isDescendantOf(itemClass, "itemvalue");
  for (const [i, item] of list.entries()) {
    const at = { label: `${where.label}, ${key} item ${i + 1}`, field: where.field };
    if (isObject(item)) {
      // Elements and pages are walked on their own; other lists (choices, validators, columns) here.
      const cls = key === "validators" ? classOf(item.type, "validator") : key === "elements" || key === "questions" || key === "pages" ? undefined : itemClass;
      const issue = cls ? checkObject(item, cls, at) : null;
      if (issue) return issue;
    } else if (item === null || Array.isArray(item) || !scalarsAllowed) {
      return { field: where.field, message: `${at.label}: must be an object` };
    }
  }
  return null;
}

/** Each property survey-core knows for the class, checked for the JSON type survey-core reads it as. */
function checkObject(json: Json, className: string, where: Where): FieldIssue | null {
  for (const [key, value] of Object.entries(json)) {
    const prop = Serializer.findProperty(className, key);
    if (!prop || value === null || value === undefined) continue;
    const bad = (what: string): FieldIssue => ({ field: where.field, message: `${where.label}: "${key}" ${what}` });
    if (prop.isArray) {
      if (!Array.isArray(value)) return bad("must be a list");
      const issue = checkList(prop, key, value, where);
      if (issue) return issue;
    } else if (STRING_ONLY.has(key) && typeof value !== "string") {
      return bad("must be a string");
    } else if (TEXT_TYPES.has(prop.type) && typeof value === "object") {
      const localised = prop.isLocalizable && isObject(value) && Object.values(value).every((v) => typeof v === "string");
      if (!localised) return bad(prop.isLocalizable ? "must be a string or an object of strings by locale" : "must be a string");
    }
  }
  return null;
}

function checkElements(list: unknown, where: string): FieldIssue | null {
  if (!Array.isArray(list)) return null;
  for (const [i, el] of list.entries()) {
    if (!isObject(el)) continue; // refused, naming the element, by the response validator's checks
    const label = typeof el.name === "string" && el.name !== "" ? `element "${el.name}"` : `${where}, element ${i + 1}`;
    const field = typeof el.name === "string" && el.name !== "" ? el.name : where;
    if (typeof el.type !== "string") return { field, message: `${label}: "type" must be a string naming a question type` };
    const cls = classOf(el.type);
    const issue = (cls ? checkObject(el, cls, { label, field }) : null) ?? checkElements(el.elements ?? el.questions, label);
    if (issue) return issue;
  }
  return null;
}

/**
 * Refuses a property whose JSON type survey-core cannot read — a list that is not a list, an
 * object where it reads text, a number where it calls string methods — naming the element. Found
 * by fuzzing: each threw inside survey-core, and was answered with the bare TypeError.
 */
export function checkPropertyTypes(json: Json): FieldIssue | null {
  const root = checkObject(json, "survey", { label: "survey", field: "json" });
  if (root) return root;
  if (!Array.isArray(json.pages)) return checkElements(json.elements ?? json.questions, "survey");
  for (const [p, page] of json.pages.entries()) {
    if (!isObject(page)) continue;
    const label = typeof page.name === "string" && page.name !== "" ? `page "${page.name}"` : `page ${p + 1}`;
    const issue = checkObject(page, "page", { label, field: typeof page.name === "string" && page.name !== "" ? page.name : `pages[${p}]` }) ?? checkElements(page.elements ?? page.questions, label);
    if (issue) return issue;
  }
  return null;
}
