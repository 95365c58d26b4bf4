import type { ItemValue, QuestionCheckboxModel, QuestionRankingModel, QuestionSelectBase } from "survey-core";
import { messages } from "./messages";
import type { AnswerCheck } from "./plan";

export interface ChoiceRules {
  checkShape: AnswerCheck;
  checkRules: AnswerCheck[];
}

interface ChoiceSets {
  allowed: Set<unknown>;
  exclusive: Set<unknown>;
}

function isPrimitive(v: unknown): boolean {
  return typeof v === "string" || (typeof v === "number" && Number.isFinite(v)) || typeof v === "boolean";
}

/**
 * The values a respondent can pick, special items included ("other", "none", "refused",
 * "dontknow"), read from survey-core's own list so that generated choices and defaults match.
 * Values compare strictly: the client sends each choice's value with its JSON type.
 */
function readChoices(q: QuestionSelectBase, where: string): ChoiceSets {
  const selectAll = (q as QuestionCheckboxModel).selectAllItem as ItemValue | undefined;
  const allowed = new Set<unknown>();
  const exclusive = new Set<unknown>();
  const special = new Set<unknown>();
  for (const item of q.visibleChoices) {
    if (item === selectAll) continue;
    if (!isPrimitive(item.value)) throw new Error(`${where}: choice values must be strings, numbers or booleans`);
    if (special.has(item.value) || (q.isBuiltInChoice(item) && allowed.has(item.value))) {
      throw new Error(`${where}: a choice uses the value "${String(item.value)}" reserved for a special item`);
    }
    if (q.isBuiltInChoice(item)) special.add(item.value);
    allowed.add(item.value);
    if ((item as ItemValue & { isExclusive?: boolean }).isExclusive === true) exclusive.add(item.value);
  }
  return { allowed, exclusive };
}

function checkList(value: unknown, allowed: Set<unknown>): string | null {
  if (!Array.isArray(value)) return messages.notAList;
  const seen = new Set<unknown>();
  for (const v of value) {
    if (!allowed.has(v)) return messages.notAChoice;
    if (seen.has(v)) return messages.duplicateChoice;
    seen.add(v);
  }
  return null;
}

// survey-core's checkMinSelectedChoicesUnreached: an empty answer falls short too, a lone
// exclusive item ("none") does not.
function minSelected(min: number, exclusive: Set<unknown>): AnswerCheck[] {
  if (!(min >= 1)) return [];
  return [
    (value) => {
      const list = Array.isArray(value) ? value : [];
      if (list.length === 1 && exclusive.has(list[0])) return null;
      return list.length < min ? messages.tooFewChoices(min) : null;
    },
  ];
}

export function compileSingleChoice(q: QuestionSelectBase, where: string): ChoiceRules {
  const { allowed } = readChoices(q, where);
  return { checkShape: (value) => (allowed.has(value) ? null : messages.notAChoice), checkRules: [] };
}

export function compileMultipleChoice(q: QuestionCheckboxModel, where: string): ChoiceRules {
  const { allowed, exclusive } = readChoices(q, where);
  const max = q.maxSelectedChoices;
  const checkShape: AnswerCheck = (value) => {
    const problem = checkList(value, allowed);
    if (problem) return problem;
    const list = value as unknown[];
    if (list.length > 1 && list.some((v) => exclusive.has(v))) return messages.exclusiveChoice;
    return max > 0 && list.length > max ? messages.tooManyChoices(max) : null;
  };
  return { checkShape, checkRules: minSelected(q.minSelectedChoices, exclusive) };
}

export function compileRanking(q: QuestionRankingModel, where: string): ChoiceRules {
  const { allowed } = readChoices(q, where);
  if (q.visibleChoices.some((item) => q.isBuiltInChoice(item))) throw new Error(`${where}: special items are not supported in a ranking`);
  const subset = q.selectToRankEnabled;
  const max = q.maxSelectedChoices;
  const checkShape: AnswerCheck = (value) => {
    const problem = checkList(value, allowed);
    if (problem) return problem;
    const list = value as unknown[];
    if (!subset && list.length !== allowed.size) return messages.rankAll;
    return subset && max > 0 && list.length > max ? messages.tooManyChoices(max) : null;
  };
  return { checkShape, checkRules: minSelected(q.minSelectedChoices, new Set()) };
}
