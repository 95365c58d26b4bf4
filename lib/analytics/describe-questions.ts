import type { QuestionInfo } from "../surveys/list-questions";

/** A value of a choice, a matrix row or column, with the text a reader sees. */
export interface Labelled {
  value: string;
  text: string;
}

/** A question as results and exports present it: titles and texts from the SurveyJS JSON. */
export interface QuestionMeta extends QuestionInfo {
  title: string;
  /** Choices (incl. the "other" and "none" items), rating values, boolean labels; matrix columns. */
  choices: Labelled[];
  /** Matrix rows or ranking items. */
  items: Labelled[];
  /** `<name>-Comment` holds the "other" text or a comment area. */
  commentKey?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A SurveyJS text: a plain string or a localised object ({ default, "zh-cn", … }). */
export function textOf(v: unknown, fallback: string): string {
  if (typeof v === "string" && v.trim() !== "") return v;
  if (isObject(v)) {
    const t = v["zh-cn"] ?? v.default ?? Object.values(v)[0];
    if (typeof t === "string" && t.trim() !== "") return t;
  }
  return fallback;
}

function labelled(items: unknown): Labelled[] {
  if (!Array.isArray(items)) return [];
  return items.map((i) => {
    const value = String(isObject(i) ? (i.value ?? "") : i);
    return { value, text: isObject(i) ? textOf(i.text, value) : value };
  });
}

function choicesOf(el: Json, type: string): Labelled[] {
  switch (type) {
    case "boolean":
      return [
        { value: String(el.valueTrue ?? "true"), text: textOf(el.labelTrue, "是") },
        { value: String(el.valueFalse ?? "false"), text: textOf(el.labelFalse, "否") },
      ];
    case "rating": {
      if (Array.isArray(el.rateValues) && el.rateValues.length > 0) return labelled(el.rateValues);
      const min = typeof el.rateMin === "number" ? el.rateMin : 1;
      const max = typeof el.rateMax === "number" ? el.rateMax : 5;
      const step = typeof el.rateStep === "number" && el.rateStep > 0 ? el.rateStep : 1;
      const out: Labelled[] = [];
      for (let v = min; v <= max; v += step) out.push({ value: String(v), text: String(v) });
      return out;
    }
    case "matrix":
      return labelled(el.columns);
    case "ranking":
      return [];
    default: {
      const out = labelled(el.choices);
      if (el.showNoneItem === true) out.push({ value: "none", text: textOf(el.noneText, "无") });
      if (el.showRefuseItem === true) out.push({ value: "refused", text: textOf(el.refuseText, "拒绝回答") });
      if (el.showDontKnowItem === true) out.push({ value: "dontknow", text: textOf(el.dontKnowText, "不知道") });
      if (el.showOtherItem === true) out.push({ value: "other", text: textOf(el.otherText, "其他") });
      return out;
    }
  }
}

function collect(elements: unknown, out: Map<string, QuestionMeta>): void {
  if (!Array.isArray(elements)) return;
  for (const el of elements) {
    if (!isObject(el) || typeof el.type !== "string") continue;
    const type = el.type.toLowerCase();
    if (type === "panel") collect(el.elements ?? el.questions, out);
    if (type === "panel" || type === "html" || type === "image" || type === "expression" || typeof el.name !== "string") continue;
    const items = labelled(type === "matrix" ? el.rows : type === "ranking" ? el.choices : undefined);
    const meta: QuestionMeta = { name: el.name, type, title: textOf(el.title, el.name), choices: choicesOf(el, type), items };
    if (typeof el.inputType === "string") meta.inputType = el.inputType;
    if (type === "text" && el.wenceContact === true) meta.contact = true;
    if (items.length > 0) meta.rows = items.map((i) => i.value);
    if (el.showOtherItem === true || el.showCommentArea === true) meta.commentKey = `${el.name}-Comment`;
    out.set(el.name, meta);
  }
}

/**
 * The questions of a survey across its versions, in the order of the newest version; questions only
 * older versions had follow. A later version's titles and texts win.
 */
export function describeQuestions(versionJsons: unknown[]): QuestionMeta[] {
  const merged = new Map<string, QuestionMeta>();
  for (const json of [...versionJsons].reverse()) {
    const one = new Map<string, QuestionMeta>();
    if (isObject(json)) {
      if (Array.isArray(json.pages)) for (const p of json.pages) if (isObject(p)) collect(p.elements, one);
      collect(json.elements, one);
    }
    for (const [name, meta] of one) if (!merged.has(name)) merged.set(name, meta);
  }
  return [...merged.values()];
}
