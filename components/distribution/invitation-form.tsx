"use client";

import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { Audience } from "@/lib/surveys/audiences";

/** Invites pasted or uploaded addresses to one school × audience link in the caller's unit. */
export function InvitationForm(props: {
  t: Messages;
  csrfToken: string;
  surveyId: string;
  audiences: Audience[];
  schools: { code: string; name: string }[];
  onSent: () => void;
}) {
  const v = props.t.invitations;
  const [school, setSchool] = useState(props.schools[0]?.code ?? "");
  const [audience, setAudience] = useState<Audience>(props.audiences.includes("staff") ? "staff" : (props.audiences[0] ?? "staff"));
  const [csv, setCsv] = useState("");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const send = async () => {
    setBusy(true);
    const result = await apiFetch(props.csrfToken, `/api/surveys/${props.surveyId}/invitations`, "POST", { school, audience, csv });
    setBusy(false);
    if (!result.ok) {
      const issues = (result.data as { error?: { issues?: { message: string }[] } } | null)?.error?.issues ?? [];
      const detail = issues.length > 1 ? ` ${issues.map((i) => i.message).join("；")}` : "";
      return setStatus({ text: problemMessage(result.data, props.t.errors.generic) + detail, error: true });
    }
    const summary = result.data as { invited: number; alreadyInvited: number; duplicatesRemoved: number };
    setStatus({ text: interpolate(v.sent, { invited: summary.invited, already: summary.alreadyInvited, duplicates: summary.duplicatesRemoved }), error: false });
    setCsv("");
    props.onSent();
  };

  if (props.schools.length === 0) return <p>{v.noSchools}</p>;
  return (
    <>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <div className="inline-form">
          <label>
            {v.school}
            <select value={school} onChange={(e) => setSchool(e.target.value)}>
              {props.schools.map((s) => (
                <option key={s.code} value={s.code}>{`${s.name}（${s.code}）`}</option>
              ))}
            </select>
          </label>
          <label>
            {v.audience}
            <select value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
              {props.audiences.map((a) => (
                <option key={a} value={a}>
                  {props.t.audiences[a]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {v.addresses}
          <textarea rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} placeholder={"wang@school.example.cn\nli@school.example.cn"} />
        </label>
        <p className="hint">{v.addressesHint}</p>
        <label>
          {v.csvFile}{" "}
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(setCsv);
            }}
          />
        </label>
        <button type="submit" disabled={busy || csv.trim() === "" || school === ""}>
          {v.send}
        </button>
      </form>
      {status && (
        <p className={status.error ? "status error" : "status"} role="status">
          {status.text}
        </p>
      )}
    </>
  );
}
