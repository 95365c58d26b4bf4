import { newQuestion } from "./new-question";
import type { Json, PageJson, QuestionJson, SurveyJson } from "./survey-json";

// Pure edits of the survey JSON: each returns a new object and leaves its input untouched, so
// React sees every change and the previous state stays valid.

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

function withPage(survey: SurveyJson, page: number, change: (p: PageJson) => PageJson): SurveyJson {
  return { ...survey, pages: survey.pages.map((p, i) => (i === page ? change(p) : p)) };
}

export function setSurveyProps(survey: SurveyJson, props: Json): SurveyJson {
  return dropEmpty({ ...survey, ...props }) as SurveyJson;
}

export function addPage(survey: SurveyJson): SurveyJson {
  const names = new Set(survey.pages.map((p) => p.name));
  let n = survey.pages.length + 1;
  while (names.has(`page${n}`)) n++;
  return { ...survey, pages: [...survey.pages, { name: `page${n}`, elements: [] }] };
}

export function removePage(survey: SurveyJson, page: number): SurveyJson {
  const pages = survey.pages.filter((_, i) => i !== page);
  return { ...survey, pages: pages.length > 0 ? pages : [{ name: "page1", elements: [] }] };
}

export function movePage(survey: SurveyJson, page: number, by: -1 | 1): SurveyJson {
  return { ...survey, pages: move(survey.pages, page, page + by) };
}

export function setPageProps(survey: SurveyJson, page: number, props: Json): SurveyJson {
  return withPage(survey, page, (p) => dropEmpty({ ...p, ...props }) as PageJson);
}

/** Adds a question of a type at the end of a page; returns the survey and the new question's index. */
export function addQuestion(survey: SurveyJson, page: number, type: string, labels: { choice: (n: number) => string }): { survey: SurveyJson; index: number } {
  const q = newQuestion(type, survey, labels);
  const index = survey.pages[page]!.elements.length;
  return { survey: withPage(survey, page, (p) => ({ ...p, elements: [...p.elements, q] })), index };
}

export function removeQuestion(survey: SurveyJson, page: number, index: number): SurveyJson {
  return withPage(survey, page, (p) => ({ ...p, elements: p.elements.filter((_, i) => i !== index) }));
}

/**
 * Moves a question up or down; past the top or bottom of its page it goes to the end of the
 * previous page or the start of the next. Returns where it landed.
 */
export function moveQuestion(survey: SurveyJson, page: number, index: number, by: -1 | 1): { survey: SurveyJson; page: number; index: number } {
  const elements = survey.pages[page]!.elements;
  const target = index + by;
  if (target >= 0 && target < elements.length) {
    return { survey: withPage(survey, page, (p) => ({ ...p, elements: move(p.elements, index, target) })), page, index: target };
  }
  const otherPage = page + by;
  if (otherPage < 0 || otherPage >= survey.pages.length) return { survey, page, index };
  const q = elements[index]!;
  const removed = removeQuestion(survey, page, index);
  const other = removed.pages[otherPage]!.elements;
  const at = by < 0 ? other.length : 0;
  const next = withPage(removed, otherPage, (p) => ({ ...p, elements: [...p.elements.slice(0, at), q, ...p.elements.slice(at)] }));
  return { survey: next, page: otherPage, index: at };
}

/** Sets properties of a question; undefined, "" and false remove a property (SurveyJS defaults apply). */
export function setQuestionProps(survey: SurveyJson, page: number, index: number, props: Json): SurveyJson {
  return withPage(survey, page, (p) => ({ ...p, elements: p.elements.map((q, i) => (i === index ? (dropEmpty({ ...q, ...props }) as QuestionJson) : q)) }));
}

function dropEmpty(json: Json): Json {
  return Object.fromEntries(Object.entries(json).filter(([, v]) => v !== undefined && v !== "" && v !== false));
}
