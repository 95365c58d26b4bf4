"use client";

import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export interface WindowSurvey {
  id: string;
  opensOn: string | null;
  closesOn: string | null;
  closedAt: string | null;
  publishedVersion: number | null;
  editable: boolean;
}

/** When the survey takes answers: its own dates (else the campaign's study phase), and a hand switch. */
export function SurveyWindowForm(props: { t: Messages; csrfToken: string; survey: WindowSurvey; studyPhase: { startsOn: string; endsOn: string } | null }) {
  const d = props.t.distribution;
  const [opensOn, setOpensOn] = useState(props.survey.opensOn ?? "");
  const [closesOn, setClosesOn] = useState(props.survey.closesOn ?? "");
  const [closed, setClosed] = useState(props.survey.closedAt !== null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const patch = async (body: Record<string, unknown>, done: string) => {
    const result = await apiFetch(props.csrfToken, `/api/surveys/${props.survey.id}`, "PATCH", body);
    setStatus(result.ok ? { text: done, error: false } : { text: problemMessage(result.data, props.t.errors.generic), error: true });
    return result.ok;
  };

  return (
    <section className="card" aria-labelledby="window-title">
      <h3 id="window-title">{d.window}</h3>
      {props.survey.publishedVersion === null && <p className="status error">{d.notPublished}</p>}
      <form
        className="inline-form form"
        onSubmit={(e) => {
          e.preventDefault();
          void patch({ opensOn: opensOn || null, closesOn: closesOn || null }, d.datesSaved);
        }}
      >
        <label>
          {d.opensOn}
          <input type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} disabled={!props.survey.editable} />
        </label>
        <label>
          {d.closesOn}
          <input type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} disabled={!props.survey.editable} />
        </label>
        {props.survey.editable && <button type="submit">{d.saveDates}</button>}
      </form>
      <p className="hint">{props.studyPhase ? interpolate(d.followsCampaign, { from: props.studyPhase.startsOn, to: props.studyPhase.endsOn }) : d.openEnded}</p>
      {closed && <p className="status error">{d.closedByHand}</p>}
      {props.survey.editable && (
        <p className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => void patch({ closed: !closed }, closed ? d.reopen : d.closeNow).then((ok) => ok && setClosed(!closed))}
          >
            {closed ? d.reopen : d.closeNow}
          </button>
        </p>
      )}
      {status && (
        <p className={status.error ? "status error" : "status"} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}
