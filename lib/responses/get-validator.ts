import { listQuestions, type QuestionInfo } from "../surveys/list-questions";
import { compileValidator, type CompiledValidator } from "./compile-validator";

export interface VersionRules {
  validator: CompiledValidator;
  questions: QuestionInfo[];
}

const MAX_VERSIONS = 200;
const cache = new Map<string, VersionRules>();

/**
 * The compiled validator and question list of a survey version, compiled once per process:
 * versions are immutable once published, so the id is a safe cache key.
 */
export function getVersionRules(versionId: string, json: unknown): VersionRules {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const rules = { validator: compileValidator(json), questions: listQuestions(json) };
  if (cache.size >= MAX_VERSIONS) cache.delete(cache.keys().next().value!);
  cache.set(versionId, rules);
  return rules;
}
