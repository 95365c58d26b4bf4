"use client";

import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { Audience } from "@/lib/surveys/audiences";
import type { LinkOut } from "@/lib/surveys/generate-links-for-caller";

/** Makes links for every school × audience in a chosen part of the caller's unit (idempotent). */
export function GenerateLinksForm(props: {
  t: Messages;
  csrfToken: string;
  surveyId: string;
  audiences: Audience[];
  orgs: { code: string; name: string; kind: string }[];
  onLinks: (links: LinkOut[]) => void;
}) {
  const d = props.t.distribution;
  const [org, setOrg] = useState("");
  const [chosen, setChosen] = useState<Audience[]>(props.audiences);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const generate = async () => {
    const body = { ...(org ? { orgs: [org] } : {}), audiences: chosen };
    const result = await apiFetch(props.csrfToken, `/api/surveys/${props.surveyId}/links`, "POST", body);
    if (!result.ok) return setStatus({ text: problemMessage(result.data, props.t.errors.generic), error: true });
    const links = result.data as LinkOut[];
    props.onLinks(links);
    setStatus({ text: interpolate(d.generated, { n: links.length }), error: false });
  };

  return (
    <section className="card" aria-labelledby="generate-title">
      <h3 id="generate-title">{d.generate}</h3>
      <form
        className="inline-form form"
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <label>
          {d.scope}
          <select value={org} onChange={(e) => setOrg(e.target.value)}>
            <option value="">{d.allInScope}</option>
            {props.orgs.map((o) => (
              <option key={o.code} value={o.code}>
                {o.kind === "school" ? `${o.name}（${o.code}）` : o.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="inline-checks">
          <legend>{props.t.builder.audiences}</legend>
          {props.audiences.map((a) => (
            <label key={a} className="check">
              <input type="checkbox" checked={chosen.includes(a)} onChange={(e) => setChosen(e.target.checked ? [...chosen, a] : chosen.filter((x) => x !== a))} /> {props.t.audiences[a]}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={chosen.length === 0}>
          {d.generate}
        </button>
      </form>
      {status && (
        <p className={status.error ? "status error" : "status"} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}
