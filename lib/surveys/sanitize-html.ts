import sanitizeHtml from "sanitize-html";

// What a teacher may put in an html question or a completion page: text formatting, lists,
// tables, links and images over http(s). No script, style, frame, form, event handler or
// javascript: URL survives.
const RICH: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "b", "strong", "i", "em", "u", "s", "small", "sub", "sup", "span", "div", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr", "a", "img", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "width", "height"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
  disallowedTagsMode: "discard",
};

/** Sanitises a property that SurveyJS renders as HTML. */
export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, RICH);
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

const MARKUP = /<[a-zA-Z!/?]/;

function stripOnce(text: string): string {
  return sanitizeHtml(text, { allowedTags: [], allowedAttributes: {}, nonTextTags: ["script", "style", "textarea", "noscript", "iframe", "object", "template"] }).replace(
    /&(lt|gt|amp|quot|#39|nbsp);/g,
    (m) => ENTITIES[m] ?? m,
  );
}

/**
 * For a property SurveyJS renders as text (titles, descriptions, choice texts): markup is removed
 * and what remains stays plain text, so "分数 < 60" keeps its "<". React escapes it when rendering.
 * Decoding entities can form new markup ("<b>x</b>&lt;img onerror=…&gt;"), so stripping repeats
 * until nothing changes: the result holds no markup and stripping it again leaves it as it is.
 */
export function stripMarkup(text: string): string {
  let current = text;
  // Each pass that changes the text removes a tag or shortens an entity; the cap is a safety net.
  for (let pass = 0; pass < 16 && MARKUP.test(current); pass++) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
