/** `?a=1&b=2` from the given values, blanks left out; "" when none. */
export function queryString(values: Record<string, string | undefined>, keys?: string[]): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== "" && (!keys || keys.includes(k))) params.set(k, v);
  const s = params.toString();
  return s === "" ? "" : `?${s}`;
}
