import { notFound } from "next/navigation";
import { resolveCallerScope } from "@/lib/analytics/resolve-caller-scope";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { getMessages } from "@/lib/i18n/messages";
import { listOrgsInScope } from "@/lib/orgs/list-orgs-in-scope";
import { loadSurveyForCaller } from "@/lib/surveys/survey-access";
import { requestLocale } from "../../../locale";
import { requirePageCaller } from "../../../page-caller";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of each query parameter, blank ones dropped. */
export async function queryOf(searchParams: SearchParams): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(await searchParams)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first.trim() !== "") out[k] = first.trim();
  }
  return out;
}

/**
 * What every survey results page starts with: the signed-in caller, the survey if it is visible to
 * them (else 404), the scope results stay in, and the units of that scope for the filters.
 */
export async function openSurveyPage(id: string, path: string) {
  const caller = await requirePageCaller(path);
  const locale = await requestLocale();
  try {
    const survey = await loadSurveyForCaller(caller, id, "view");
    const [scopeOrgId, orgs, db] = await Promise.all([resolveCallerScope(caller, id), listOrgsInScope(caller), getDb()]);
    return {
      caller,
      locale,
      t: getMessages(locale),
      db,
      scopeOrgId,
      orgs,
      survey: { id: survey.id, title: survey.title, audiences: survey.audiences as string[], k: survey.minGroupSize, kText: Math.max(survey.minGroupSize, survey.minTextGroupSize) },
    };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export type Loaded<T> = { ok: true; data: T } | { ok: false; kind: "isolated" | "invalid"; field: string };

/**
 * Runs a view's domain function: a refused filter (isolating a small group, or invalid) becomes a
 * message on the page; a unit out of scope is the page's 404; anything else is a real error.
 */
export async function loadView<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && (e.code === "VALIDATION" || e.code === "BAD_REQUEST")) return { ok: false, kind: e.code === "VALIDATION" ? "isolated" : "invalid", field: e.issues[0]?.field ?? "" };
    throw e;
  }
}
