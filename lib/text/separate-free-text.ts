import { isFreeText } from "../analytics/group-rules";
import type { QuestionInfo } from "../surveys/list-questions";
import { scrubText } from "./scrub-personal-data";

export interface SeparatedAnswers {
  /** The answers to store: free text scrubbed, contact questions taken out. */
  data: Record<string, unknown>;
  /** Each non-empty free-text answer, scrubbed: question name (or `<name>-Comment`) and text. */
  texts: { question: string; text: string }[];
  /** Answers to contact questions, to be stored apart from the response. */
  contacts: { question: string; value: string }[];
}

const MAX_CONTACT = 200;

/**
 * Splits a validated response before it is stored (docs/decisions/014-free-text.md): free text
 * (text and comment questions, "other" and comment areas) is scrubbed of personal data, so the
 * raw text is never written anywhere; answers to questions that ask for contact details on
 * purpose leave the anonymous answers altogether.
 */
export function separateFreeText(questions: QuestionInfo[], input: Record<string, unknown>): SeparatedAnswers {
  const data: Record<string, unknown> = { ...input };
  const texts: SeparatedAnswers["texts"] = [];
  const contacts: SeparatedAnswers["contacts"] = [];
  const scrub = (key: string) => {
    const v = data[key];
    if (typeof v !== "string" || v.trim() === "") return;
    const text = scrubText(v);
    data[key] = text;
    texts.push({ question: key, text });
  };
  for (const q of questions) {
    if (q.contact) {
      const v = data[q.name];
      delete data[q.name];
      if (typeof v === "string" && v.trim() !== "") contacts.push({ question: q.name, value: v.trim().slice(0, MAX_CONTACT) });
    } else if (isFreeText(q.type, q.inputType)) scrub(q.name);
    scrub(`${q.name}-Comment`);
  }
  return { data, texts, contacts };
}
