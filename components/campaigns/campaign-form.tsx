"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import { campaignPhases, type PhaseDates } from "@/lib/campaigns/phases";
import type { Messages } from "@/lib/i18n/messages";
import { audiences as AUDIENCES, type Audience } from "@/lib/surveys/audiences";

export interface CampaignDraft {
  id: string | null;
  title: string;
  description: string;
  audiences: Audience[];
  phases: PhaseDates[];
}

/** Creates or edits a campaign: its name, description, audiences and the four phases' dates. */
export function CampaignForm(props: { t: Messages; csrfToken: string; initial: CampaignDraft; readOnly: boolean }) {
  const { t } = props;
  const c = t.campaigns;
  const router = useRouter();
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const phase = (key: string) => draft.phases.find((p) => p.phase === key) ?? { phase: key as PhaseDates["phase"], startsOn: "", endsOn: "" };
  const setPhase = (key: PhaseDates["phase"], field: "startsOn" | "endsOn", value: string) =>
    setDraft({ ...draft, phases: campaignPhases.map((k) => (k === key ? { ...phase(k), [field]: value } : phase(k))) });

  const submit = async () => {
    const body = { title: draft.title, description: draft.description, audiences: draft.audiences, phases: campaignPhases.map(phase) };
    const result = draft.id ? await apiFetch(props.csrfToken, `/api/campaigns/${draft.id}`, "PATCH", body) : await apiFetch(props.csrfToken, "/api/campaigns", "POST", body);
    if (!result.ok) {
      const issues = ((result.data as { error?: { issues?: { field: string; message: string }[] } })?.error?.issues ?? []);
      setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
      return setStatus({ text: problemMessage(result.data, t.errors.generic), error: true });
    }
    setErrors({});
    setStatus({ text: draft.id ? c.saved : c.created, error: false });
    if (!draft.id) router.push(`/campaigns/${(result.data as { id: string }).id}`);
    else router.refresh();
  };
  const fieldError = (field: string) => (errors[field] ? <span className="field-error">{errors[field]}</span> : null);

  return (
    <form
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset disabled={props.readOnly} className="plain">
        <label>
          {c.name}
          <input value={draft.title} required maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          {fieldError("title")}
        </label>
        <label>
          {c.description}
          <textarea rows={3} value={draft.description} maxLength={5000} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
        </label>
        <fieldset className="items">
          <legend>{c.audiences}</legend>
          {AUDIENCES.map((a) => (
            <label key={a} className="check">
              <input
                type="checkbox"
                checked={draft.audiences.includes(a)}
                onChange={(e) => setDraft({ ...draft, audiences: AUDIENCES.filter((x) => (x === a ? e.target.checked : draft.audiences.includes(x))) })}
              />{" "}
              {t.audiences[a]}
            </label>
          ))}
          {fieldError("audiences")}
        </fieldset>
        <fieldset className="items">
          <legend>{c.phases}</legend>
          {campaignPhases.map((key, i) => (
            <div key={key} className="inline-form phase-dates">
              <strong>{t.phases[key]}</strong>
              <label>
                {c.startsOn}
                <input type="date" required value={phase(key).startsOn} onChange={(e) => setPhase(key, "startsOn", e.target.value)} />
                {fieldError(`phases.${i}.startsOn`)}
              </label>
              <label>
                {c.endsOn}
                <input type="date" required value={phase(key).endsOn} onChange={(e) => setPhase(key, "endsOn", e.target.value)} />
                {fieldError(`phases.${i}.endsOn`)}
              </label>
            </div>
          ))}
        </fieldset>
        {!props.readOnly && <button type="submit">{draft.id ? t.admin.save : c.create}</button>}
      </fieldset>
      {status && (
        <p className={status.error ? "status error" : "status"} role="status">
          {status.text}
        </p>
      )}
    </form>
  );
}
