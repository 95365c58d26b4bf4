"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { sortSaveIssues, type SaveIssues } from "./save-issues";
import type { BuilderSurvey } from "./survey-builder";
import { namedElements, normalizeSurvey, type SurveyJson } from "./survey-json";
import type { SurveyMeta } from "./survey-settings";

interface Args {
  t: Messages;
  csrfToken: string;
  survey: BuilderSurvey;
  json: SurveyJson;
  meta: SurveyMeta;
  setSurvey: (s: BuilderSurvey) => void;
  setJson: (j: SurveyJson) => void;
  setIssues: (i: SaveIssues) => void;
  setDirty: (d: boolean) => void;
}

type Status = { text: string; tone: "info" | "error" } | null;

/**
 * Saving and publishing. A new survey is created (POST) on its first save; later saves PUT the
 * definition (a new draft version) and PATCH title and audiences. A refused save keeps the
 * builder's state and shows each problem beside its element; the server's versions are untouched.
 */
export function useSurveyServer(a: Args) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const b = a.t.builder;

  const fail = (data: unknown) => {
    const names = new Set([...namedElements(a.json).map((e) => e.name), ...a.json.pages.map((p) => p.name), "title", "audiences", "campaignId"]);
    const issues = sortSaveIssues(data, names);
    a.setIssues(issues);
    setStatus({ text: interpolate(b.saveFailed, { message: problemMessage(data, a.t.errors.generic) }) + (issues.byName.size > 0 ? ` ${b.fixMarked}` : ""), tone: "error" });
    return false;
  };

  const reload = async (id: string) => {
    const got = await apiFetch(a.csrfToken, `/api/surveys/${id}`, "GET");
    if (!got.ok) return;
    const s = got.data as BuilderSurvey;
    a.setSurvey({ ...s, id });
    a.setJson(normalizeSurvey(s.json));
  };

  const save = async (): Promise<boolean> => {
    setBusy(true);
    setStatus({ text: b.saving, tone: "info" });
    try {
      const title = a.meta.title.trim() || b.untitled;
      if (!a.survey.id) {
        const body = { title, audiences: a.meta.audiences, json: a.json, ...(a.meta.campaignId ? { campaignId: a.meta.campaignId } : {}) };
        const created = await apiFetch(a.csrfToken, "/api/surveys", "POST", body);
        if (!created.ok) return fail(created.data);
        a.setDirty(false);
        router.replace(`/surveys/${(created.data as { id: string }).id}`);
        setStatus({ text: b.created, tone: "info" });
        return true;
      }
      const put = await apiFetch(a.csrfToken, `/api/surveys/${a.survey.id}`, "PUT", { json: a.json });
      if (!put.ok) return fail(put.data);
      if (title !== a.survey.title || a.meta.audiences.join() !== a.survey.audiences.join()) {
        const patched = await apiFetch(a.csrfToken, `/api/surveys/${a.survey.id}`, "PATCH", { title, audiences: a.meta.audiences });
        if (!patched.ok) return fail(patched.data);
      }
      a.setIssues({ byName: new Map(), general: [] });
      a.setDirty(false);
      await reload(a.survey.id);
      setStatus({ text: interpolate(b.saved, { n: (put.data as { version: number }).version }), tone: "info" });
      return true;
    } finally {
      setBusy(false);
    }
  };

  const publish = async (dirty: boolean) => {
    if (!a.survey.id || dirty) {
      if (!(await save())) return;
      if (!a.survey.id) return; // a new survey opens in its own page; publish from there
    }
    if (!window.confirm(b.publishConfirm)) return;
    setBusy(true);
    setStatus({ text: b.publishing, tone: "info" });
    try {
      const result = await apiFetch(a.csrfToken, `/api/surveys/${a.survey.id}/publish`, "POST");
      if (!result.ok) return setStatus({ text: problemMessage(result.data, a.t.errors.generic), tone: "error" });
      await reload(a.survey.id);
      setStatus({ text: interpolate(b.published, { n: (result.data as { version: number }).version }), tone: "info" });
    } finally {
      setBusy(false);
    }
  };

  return { busy, status, save, publish };
}
