import type { Model } from "survey-core";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * survey-core pipes answers ({name}) into html questions and completion pages as raw HTML, after
 * the definition was sanitised. While it processes HTML, every piped value is escaped, so an
 * answer can never become markup. Elsewhere (titles, descriptions) React escapes the text itself.
 */
export function escapePipedHtml(model: Model): void {
  let inHtml = false;
  model.onProcessDynamicText.add((_, options) => {
    if (inHtml && options.value !== undefined && options.value !== null) {
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
