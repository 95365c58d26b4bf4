/** Headers every response carries, pages and API alike. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  // Survey links carry their code in the URL: never hand it to another site as a referrer.
  "referrer-policy": "same-origin",
  "x-frame-options": "SAMEORIGIN",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/**
 * The page policy: scripts only with this response's nonce (and what they load, 'strict-dynamic'),
 * never inline or eval; nothing from another origin at all (no CDN, no web font, no analytics);
 * framing only by our own pages (the builder's preview). Styles may be inline: SurveyJS sets
 * style attributes, and CSS cannot run script.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}
