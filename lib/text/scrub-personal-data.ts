import { findAddresses } from "./find-addresses";
import { findEmails, findWechatIds } from "./find-contacts";
import { findNames } from "./find-names";
import { findNumbers } from "./find-numbers";
import { normalizeForMatching } from "./normalize-for-matching";
import { placeholderOf, type PersonalDataSpan } from "./personal-data";

export interface ScrubResult {
  text: string;
  /** What was replaced, in indices of the input. */
  spans: PersonalDataSpan[];
}

/**
 * Finds the personal data in a free-text answer. Matching runs on a folded copy (full-width
 * digits, dashes, spelled-out digits) with the same indices, so a number written to dodge a
 * filter is found where it stands. Overlaps are settled by the order of the finders: an e-mail
 * address wins over the digits inside it, an address over its numbers, a number over a name.
 */
export function findPersonalData(text: string): PersonalDataSpan[] {
  const norm = normalizeForMatching(text);
  const candidates = [findEmails(norm), findWechatIds(norm), findAddresses(norm), findNumbers(norm), findNames(text)];
  const kept: PersonalDataSpan[] = [];
  for (const group of candidates) {
    for (const s of [...group].sort((a, b) => b.end - b.start - (a.end - a.start))) {
      if (s.end > s.start && !kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The answer with each piece of personal data replaced by its typed placeholder (【电话】, 【姓名】, …). */
export function scrubPersonalData(text: string): ScrubResult {
  const spans = findPersonalData(text);
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + placeholderOf(s.type);
    at = s.end;
  }
  return { text: out + text.slice(at), spans };
}

export const scrubText = (text: string): string => scrubPersonalData(text).text;
