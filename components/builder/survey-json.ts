/**
 * The builder edits plain SurveyJS JSON: this is its only state. Unknown properties (set by an
 * import or by an expert) are carried along untouched.
 */
export type Json = Record<string, unknown>;
export type QuestionJson = Json & { type: string; name?: string };
export type PageJson = Json & { name: string; elements: QuestionJson[] };
export type SurveyJson = Json & { pages: PageJson[] };

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Where the builder's attention is: the survey's settings, a page, or a question on a page. */
export type Selection = { kind: "survey" } | { kind: "page"; page: number } | { kind: "question"; page: number; index: number };

/**
 * A definition in the shape the builder edits: pages with elements. A survey given as top-level
 * `elements` becomes one page; a page without a name gets one.
 */
export function normalizeSurvey(input: unknown): SurveyJson {
  const json: Json = isObject(input) ? { ...input } : {};
  let pages: unknown[] = Array.isArray(json.pages) ? json.pages : [];
  if (pages.length === 0 && Array.isArray(json.elements)) pages = [{ name: "page1", elements: json.elements }];
  delete json.elements;
  const taken = new Set<string>();
  const normalized = pages.filter(isObject).map((page, i) => {
    const elements = (Array.isArray(page.elements) ? page.elements : Array.isArray(page.questions) ? page.questions : []).filter(
      (e): e is QuestionJson => isObject(e) && typeof e.type === "string",
    );
    const rest = { ...page };
    delete rest.questions;
    let name = typeof page.name === "string" && page.name !== "" ? page.name : `page${i + 1}`;
    while (taken.has(name)) name = `${name}_${i + 1}`;
    taken.add(name);
    return { ...rest, name, elements } as PageJson;
  });
  return { ...json, pages: normalized.length > 0 ? normalized : [{ name: "page1", elements: [] }] } as SurveyJson;
}

/** Every element with a name, page by page (panels' children included), for conditions and errors. */
export function namedElements(survey: SurveyJson): { name: string; page: number; index: number; question: QuestionJson }[] {
  const out: { name: string; page: number; index: number; question: QuestionJson }[] = [];
  const walk = (list: unknown, page: number, index: number) => {
    if (!Array.isArray(list)) return;
    list.forEach((el, i) => {
      if (!isObject(el)) return;
      const at = index >= 0 ? index : i;
      if (typeof el.name === "string") out.push({ name: el.name, page, index: at, question: el as QuestionJson });
      walk(el.elements, page, at);
    });
  };
  survey.pages.forEach((p, i) => walk(p.elements, i, -1));
  return out;
}

/** The question's text as a teacher sees it: its title, else its code. */
export function questionLabel(q: QuestionJson): string {
  const title = q.title;
  if (typeof title === "string" && title.trim() !== "") return title;
  if (isObject(title)) {
    const first = Object.values(title).find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof first === "string") return first;
  }
  return q.name ?? q.type;
}
