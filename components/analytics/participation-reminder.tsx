"use client";

import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { ParticipationReminderResult } from "@/lib/analytics/remind-low-participation";

/** The one-click supervision reminder to the flagged schools shown (POST …/participation/reminders). */
export function ParticipationReminder(props: { t: Messages; csrfToken: string; surveyId: string; schools: string[]; target: number; audience?: string }) {
  const r = props.t.results;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  async function remind() {
    setBusy(true);
    setError("");
    const body = { orgs: props.schools, target: props.target, ...(props.audience ? { audience: props.audience } : {}) };
    const result = await apiFetch(props.csrfToken, `/api/surveys/${encodeURIComponent(props.surveyId)}/participation/reminders`, "POST", body);
    setBusy(false);
    if (!result.ok) return setError(problemMessage(result.data, props.t.errors.generic));
    const d = result.data as ParticipationReminderResult;
    setStatus(
      [
        interpolate(r.remindDone, { schools: d.schools, queued: d.queued }),
        d.alreadyReminded > 0 ? interpolate(r.remindAlready, { n: d.alreadyReminded }) : "",
        d.withoutRecipient.length > 0 ? interpolate(r.remindNoRecipient, { names: d.withoutRecipient.map((s) => s.name).join("、") }) : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  return (
    <div className="participation-reminder no-print">
      <button type="button" onClick={() => void remind()} disabled={busy}>
        {busy ? r.remindSending : interpolate(r.remindFlagged, { n: props.schools.length })}
      </button>
      <p className="muted small">{r.remindHint}</p>
      <p role="status">{status}</p>
      {error && <p role="alert" className="status error">{error}</p>}
    </div>
  );
}
