/**
 * One CSV cell, quoted when needed, and neutralised when a spreadsheet would read it as a formula
 * (a leading = + - @, tab or carriage return): such a cell gets a leading apostrophe.
 */
export function neutralizeCsvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
