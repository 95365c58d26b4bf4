import type { Caller } from "../auth/caller";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { loadSurveyForCaller } from "./survey-access";

type Json = Record<string, unknown>;

function questionsByName(json: unknown): Map<string, Json> {
  const out = new Map<string, Json>();
  const walk = (list: unknown, page: string) => {
    if (!Array.isArray(list)) return;
    for (const el of list) {
      if (!el || typeof el !== "object") continue;
      const e = el as Json;
      if (typeof e.name === "string" && e.type !== "panel") out.set(e.name, { ...e, __page: page });
      walk(e.elements ?? e.questions, page);
    }
  };
  const root = (json ?? {}) as Json;
  if (Array.isArray(root.pages)) root.pages.forEach((p, i) => walk((p as Json).elements ?? (p as Json).questions, String((p as Json).name ?? i + 1)));
  else walk(root.elements, "1");
  return out;
}

const stable = (v: unknown): string => JSON.stringify(v, (_k, val: unknown) => (val && typeof val === "object" && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort()) : val));

/** What changed between two versions, question by question: added, removed, and changed properties. */
export async function diffSurveyVersions(caller: Caller, surveyId: string, from: number, to: number) {
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const db = await getDb();
  const versions = await db.surveyVersion.findMany({ where: { surveyId: survey.id, number: { in: [from, to] } } });
  const a = versions.find((v) => v.number === from);
  const b = versions.find((v) => v.number === to);
  if (!a || !b) throw new AppError("NOT_FOUND", "版本不存在 (version not found)", [{ field: a ? "to" : "from", message: "no such version" }]);
  const before = questionsByName(a.json);
  const after = questionsByName(b.json);
  const changed: { name: string; properties: { property: string; before: unknown; after: unknown }[] }[] = [];
  for (const [name, q] of after) {
    const old = before.get(name);
    if (!old) continue;
    const props = [...new Set([...Object.keys(old), ...Object.keys(q)])].filter((p) => stable(old[p]) !== stable(q[p]));
    if (props.length > 0) changed.push({ name, properties: props.map((p) => ({ property: p === "__page" ? "page" : p, before: old[p], after: q[p] })) });
  }
  return {
    from,
    to,
    added: [...after.keys()].filter((n) => !before.has(n)),
    removed: [...before.keys()].filter((n) => !after.has(n)),
    changed,
  };
}
