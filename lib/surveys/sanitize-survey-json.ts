import { sanitizeRichHtml, stripMarkup } from "./sanitize-html";

/** Properties SurveyJS renders as HTML. */
export const HTML_PROPS = new Set(["html", "completedHtml", "completedBeforeHtml", "loadingHtml"]);
/** Properties rendered as text that people write (and could paste markup into). */
export const TEXT_PROPS = new Set([
  "title", "description", "text", "placeholder", "otherText", "noneText", "otherPlaceholder", "commentText", "commentPlaceholder",
  "labelTrue", "labelFalse", "minRateDescription", "maxRateDescription", "requiredErrorText", "otherErrorText", "startSurveyText",
  "pagePrevText", "pageNextText", "completeText", "selectAllText", "navigationTitle", "navigationDescription",
]);

type Clean = (s: string) => string;

// A localisable string is either a string or { "default": …, "zh-cn": … }.
function cleanLocalisable(value: unknown, clean: Clean): unknown {
  if (typeof value === "string") return clean(value);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? clean(v) : v]));
  }
  return value;
}

/**
 * A copy of a SurveyJS definition with every HTML-bearing property sanitised: on save, and again
 * before rendering (a definition stored before a sanitiser change is not trusted either).
 */
export function sanitizeSurveyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sanitizeSurveyJson(v)) as T;
  if (!value || typeof value !== "object") return value;
  // fromEntries defines own properties, so a "__proto__" key stays data and never a prototype.
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      HTML_PROPS.has(key) ? cleanLocalisable(v, sanitizeRichHtml) : TEXT_PROPS.has(key) ? cleanLocalisable(v, stripMarkup) : sanitizeSurveyJson(v),
    ]),
  ) as T;
}
