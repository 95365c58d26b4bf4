/** A question as the analytics and tallies see it, read from SurveyJS JSON. */
export interface QuestionInfo {
  name: string;
  type: string;
  inputType?: string;
  /** Matrix rows or ranking items (values), when the question has them. */
  rows?: string[];
  /** A text question marked `"wenceContact": true`: contact details asked for follow-up, kept apart (decision 014). */
  contact?: true;
}

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function itemValues(items: unknown): string[] | undefined {
  if (!Array.isArray(items)) return undefined;
  return items.map((i) => (isObject(i) ? String(i.value ?? "") : String(i)));
}

function collect(elements: unknown, out: QuestionInfo[]): void {
  if (!Array.isArray(elements)) return;
  for (const el of elements) {
    if (!isObject(el) || typeof el.type !== "string") continue;
    if (el.type === "panel") {
      collect(el.elements, out);
      continue;
    }
    if (el.type === "html" || el.type === "image" || typeof el.name !== "string") continue;
    const q: QuestionInfo = { name: el.name, type: el.type };
    if (typeof el.inputType === "string") q.inputType = el.inputType;
    if (el.type === "text" && el.wenceContact === true) q.contact = true;
    const rows = el.type === "matrix" ? itemValues(el.rows) : el.type === "ranking" ? itemValues(el.choices) : undefined;
    if (rows) q.rows = rows;
    out.push(q);
  }
}

/** Every answerable question of a SurveyJS definition, page by page, panels flattened. */
export function listQuestions(json: unknown): QuestionInfo[] {
  const out: QuestionInfo[] = [];
  if (!isObject(json)) return out;
  if (Array.isArray(json.pages)) for (const page of json.pages) if (isObject(page)) collect(page.elements, out);
  collect(json.elements, out);
  return out;
}
