import { isObject } from "./survey-json";

export interface SaveIssues {
  /** Messages per element or page name. */
  byName: Map<string, string[]>;
  /** Messages that name no element of the survey. */
  general: string[];
}

/**
 * Sorts the issues of a 422 answer by the element they name, so each is shown beside its
 * question or page; the rest are shown at the top.
 */
export function sortSaveIssues(data: unknown, names: Set<string>): SaveIssues {
  const error = isObject(data) && isObject(data.error) ? data.error : {};
  const issues = Array.isArray(error.issues) ? error.issues.filter(isObject) : [];
  const byName = new Map<string, string[]>();
  const general: string[] = [];
  for (const issue of issues) {
    const field = String(issue.field ?? "");
    const message = String(issue.message ?? "");
    if (names.has(field)) byName.set(field, [...(byName.get(field) ?? []), message]);
    else general.push(message);
  }
  return { byName, general };
}
