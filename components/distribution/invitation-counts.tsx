"use client";

import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { InvitationCounts } from "@/lib/invitations/list-invitation-counts";

const COLUMNS = ["invited", "answered", "pending", "failed", "bounced"] as const;

/** Invitations per school × audience (counts only) and the reminder button. */
export function InvitationCountsTable(props: { t: Messages; csrfToken: string; surveyId: string; counts: InvitationCounts[]; onReminded: () => void }) {
  const v = props.t.invitations;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const remind = async () => {
    setBusy(true);
    const result = await apiFetch(props.csrfToken, `/api/surveys/${props.surveyId}/reminders`, "POST", {});
    setBusy(false);
    if (!result.ok) return setStatus({ text: problemMessage(result.data, props.t.errors.generic), error: true });
    const r = result.data as { enqueued: number; alreadyReminded: number; closed: number; undeliverable: number };
    setStatus({ text: interpolate(v.reminded, { n: r.enqueued, already: r.alreadyReminded, closed: r.closed, undeliverable: r.undeliverable }), error: false });
    props.onReminded();
  };

  if (props.counts.length === 0) return <p>{v.none}</p>;
  const unanswered = props.counts.reduce((n, c) => n + c.pending, 0);
  return (
    <>
      <div className="table-scroll">
        <table aria-label={v.counts}>
          <thead>
            <tr>
              <th scope="col">{v.school}</th>
              <th scope="col">{v.audience}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {v[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.counts.map((c) => (
              <tr key={`${c.school}/${c.audience}`}>
                <th scope="row">{`${c.schoolName}（${c.school}）`}</th>
                <td>{props.t.audiences[c.audience]}</td>
                {COLUMNS.map((k) => (
                  <td key={k} className="num">
                    {c[k]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => void remind()} disabled={busy || unanswered === 0}>
        {v.remind}
      </button>
      {status && (
        <p className={status.error ? "status error" : "status"} role="status">
          {status.text}
        </p>
      )}
    </>
  );
}
