import { sanitizeSurveyJson } from "./sanitize-survey-json";

const MAX_VERSIONS = 500;
const cache = new Map<string, unknown>();

/**
 * A published version's definition as the respondent page renders it, sanitised once per version
 * (versions never change after publishing) instead of on every page view. Bounded: the oldest
 * entry goes first.
 */
export function sanitizedVersionJson(version: { id: string; json: unknown }): unknown {
  let json = cache.get(version.id);
  if (json === undefined) {
    json = sanitizeSurveyJson(version.json);
    if (cache.size >= MAX_VERSIONS) cache.delete(cache.keys().next().value!);
    cache.set(version.id, json);
  }
  return json;
}
