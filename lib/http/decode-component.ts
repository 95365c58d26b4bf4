/**
 * decodeURIComponent that never throws: a malformed escape ("%", "%E0%A4%A") is kept as written.
 * Whatever carries it (a link code, a cookie) then fails its own format check and is answered
 * like any unknown value, instead of escaping as a URIError (a 500, or a request never answered).
 */
export function decodeComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Whether a request target's path decodes; Next.js answers 500 for one that does not. */
export function isDecodablePath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
