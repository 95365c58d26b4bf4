/** A theme as the matcher needs it. */
export interface ThemeMatcher {
  id: string;
  keywords: string[];
}

/**
 * The themes an answer has: those with a keyword occurring in its text. Substrings rather than
 * tokens, because administrators write phrases ("吃不饱", "老师不够") that segmentation cuts apart.
 */
export function assignThemes(text: string, themes: ThemeMatcher[]): string[] {
  const lower = text.toLowerCase();
  return themes.filter((t) => t.keywords.some((k) => k !== "" && lower.includes(k.toLowerCase()))).map((t) => t.id);
}
