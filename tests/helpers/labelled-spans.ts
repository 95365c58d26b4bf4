import type { PersonalDataSpan, PersonalDataType } from "@/lib/text/personal-data";

const MARK = /\[\[([^:\]]+):(.+?)\]\]/g;

/** A labelled answer (`[[电话:138…]]`) as the raw text and its expected spans. */
export function parseLabelled(labelled: string): { text: string; spans: PersonalDataSpan[] } {
  let text = "";
  let at = 0;
  const spans: PersonalDataSpan[] = [];
  for (const m of labelled.matchAll(MARK)) {
    text += labelled.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1] as PersonalDataType });
    text += m[2];
    at = m.index + m[0].length;
  }
  return { text: text + labelled.slice(at), spans };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const overlaps = (a: PersonalDataSpan, b: PersonalDataSpan) => a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Span-level scores: a found span is right when it overlaps an expected span (of the same type,
 * unless `anyType`); an expected span is found when some found span overlaps it.
 */
export function score(cases: { expected: PersonalDataSpan[]; found: PersonalDataSpan[] }[], type?: PersonalDataType, anyType = false): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const same = (a: PersonalDataSpan, b: PersonalDataSpan) => overlaps(a, b) && (anyType || a.type === b.type);
  for (const c of cases) {
    const expected = c.expected.filter((s) => type === undefined || s.type === type);
    const found = c.found.filter((s) => type === undefined || s.type === type);
    for (const f of found) if (!c.expected.some((e) => same(e, f))) fp++;
    for (const e of expected) if (c.found.some((f) => same(e, f))) tp++;
    else fn++;
  }
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

/** Characters of expected spans that no found span covers: personal data left in the text. */
export function leakedCharacters(cases: { expected: PersonalDataSpan[]; found: PersonalDataSpan[] }[]): number {
  let leaked = 0;
  for (const c of cases) {
    for (const e of c.expected) for (let i = e.start; i < e.end; i++) if (!c.found.some((f) => f.start <= i && i < f.end)) leaked++;
  }
  return leaked;
}
