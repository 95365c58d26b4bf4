import { PLACEHOLDER } from "./personal-data";
import { segmenter } from "./segmenter";
import { STOP_WORDS } from "./stop-words";

// A keyword has at least two characters and at least one letter or ideograph: "的", "3", "，" are not.
const WORDLIKE = /^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z0-9]{2,}$/u;

/** The distinct keywords of one answer: jieba with the education dictionary, stop words and placeholders out. */
export function extractKeywords(text: string): string[] {
  const words = segmenter().cut(text.replace(PLACEHOLDER, "，"), true);
  return [...new Set(words.filter((w) => WORDLIKE.test(w) && !STOP_WORDS.has(w)))].slice(0, 64);
}
