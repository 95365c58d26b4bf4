import type { Model } from "survey-core";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * survey-core pipes answers ({name}) into html questions and the survey's own texts (completedHtml
 * and friends) as raw HTML, after the definition was sanitised. Every value piped there is escaped,
 * so an answer can never become markup. survey-core pipes before it calls processHtml (the html
 * question's renderedHtml goes through the element's own text processor), so the element being
 * processed decides, not the call path. Question and page titles are left alone: React renders
 * them as text and escapes them itself. Survey-level texts are escaped too, because completedHtml
 * cannot be told apart from the survey's title there; a title would at worst show an entity.
 */
export function escapePipedHtml(model: Model): void {
  let inHtml = false;
  model.onProcessDynamicText.add((_, options) => {
    const type = (options as { element?: { getType?: () => string } }).element?.getType?.();
    const rendersHtml = inHtml || type === "html" || type === "survey" || type === undefined;
    if (rendersHtml && options.value !== undefined && options.value !== null) {
      options.value = escapeHtml(Array.isArray(options.value) ? options.value.join(", ") : String(options.value));
    }
  });
  const processHtml = model.processHtml.bind(model);
  model.processHtml = (html: string, reason: string) => {
    inHtml = true;
    try {
      return processHtml(html, reason);
    } finally {
      inHtml = false;
    }
  };
}
