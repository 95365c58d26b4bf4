"use client";

import { surveyIconMarkup } from "./survey-icon-markup";

/**
 * survey-react-ui's icons as a hidden SVG sprite, where its `<use href="#icon-…">` references
 * find them; the build takes the same icons out of survey-react-ui (decision 010). The symbols
 * exist only in the server-rendered HTML: the browser build drops the branch that makes them, and
 * React leaves an element's server markup alone when hydrating `dangerouslySetInnerHTML`. They
 * are in the page once (not also in the RSC payload, as a server component's output would be)
 * and show before any script runs. survey-core's own registry makes them, as it would have.
 */
export function SurveyIconSprite() {
  const html = typeof window === "undefined" ? surveyIconMarkup() : "";
  return <svg style={{ display: "none" }} aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
