"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import type { Messages } from "@/lib/i18n/messages";
import type { TextItem } from "@/lib/text/list-texts";

/** Answers with a tick box each, and the form that turns the ticked ones into a finding. */
export function TextSelection({ t, csrfToken, surveyId, items, themes, theme }: { t: Messages; csrfToken: string; surveyId: string; items: TextItem[]; themes: { code: string; name: string }[]; theme?: string }) {
  const f = t.findings;
  const router = useRouter();
  const [selected, setSelected] = useState<number[]>([]);
  const [error, setError] = useState("");
  const toggle = (id: number) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const themeCode = String(form.get("theme") ?? "");
    const result = await apiFetch(csrfToken, "/api/findings", "POST", {
      surveyId,
      title: form.get("title"),
      summary: form.get("summary"),
      priority: form.get("priority"),
      ...(themeCode ? { theme: themeCode } : {}),
      evidence: selected,
    });
    if (!result.ok) return setError(problemMessage(result.data, t.errors.generic));
    router.push(`/findings/${(result.data as { id: string }).id}`);
  }

  return (
    <>
      <ul className="texts">
        {items.map((item) => (
          <li key={item.id} className="card">
            <label>
              <input type="checkbox" checked={selected.includes(item.id)} onChange={() => toggle(item.id)} /> {item.text}
            </label>
            <p className="muted">
              {item.school.name} · {t.audiences[item.audience as keyof Messages["audiences"]] ?? item.audience} · {item.questionTitle}
              {item.themes.length > 0 && ` · ${item.themes.map((x) => x.name).join("、")}`}
            </p>
          </li>
        ))}
      </ul>
      <form className="card form" onSubmit={(e) => void create(e)} aria-labelledby="create-finding">
        <h3 id="create-finding">{f.create}</h3>
        <p role="status">
          {f.selected} {selected.length} · {f.selectHint}
        </p>
        <label>
          {f.title}
          <input name="title" required maxLength={200} />
        </label>
        <label>
          {f.summary}
          <textarea name="summary" maxLength={5000} />
        </label>
        <label>
          {f.theme}
          <select name="theme" defaultValue={theme ?? ""}>
            <option value="">—</option>
            {themes.map((x) => (
              <option key={x.code} value={x.code}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {f.priority}
          <select name="priority" defaultValue="medium">
            {(["high", "medium", "low"] as const).map((p) => (
              <option key={p} value={p}>
                {f.priorities[p]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={selected.length === 0}>
          {f.create}
        </button>
        <p className="status error" role="alert">
          {error}
        </p>
      </form>
    </>
  );
}
