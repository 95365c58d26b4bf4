"use client";

import { useState, type FormEvent } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import type { FindingStatus } from "@/lib/findings/finding-status";
import type { FindingDetail } from "@/lib/findings/get-finding";
import type { Messages } from "@/lib/i18n/messages";

/** A finding's page: evidence, actions, history; administrators move its status and add actions. */
export function FindingEditor({ t, csrfToken, initial, canDecide, next }: { t: Messages; csrfToken: string; initial: FindingDetail; canDecide: boolean; next: Record<FindingStatus, readonly FindingStatus[]> }) {
  const f = t.findings;
  const [finding, setFinding] = useState(initial);
  const [error, setError] = useState("");
  const status = (s: string) => f.statuses[s as FindingStatus] ?? s;

  async function send(url: string, method: string, body: unknown) {
    const result = await apiFetch(csrfToken, url, method, body);
    if (!result.ok) return setError(problemMessage(result.data, t.errors.generic));
    setError("");
    setFinding(result.data as FindingDetail);
  }
  const move = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get("reason") ?? "").trim();
    void send(`/api/findings/${finding.id}`, "PATCH", { status: form.get("status"), ...(reason ? { reason } : {}) });
  };
  const addAction = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void send(`/api/findings/${finding.id}/actions`, "POST", {
      kind: form.get("kind"),
      description: form.get("description"),
      owner: form.get("owner"),
      ownerDetail: form.get("ownerDetail"),
      dueOn: form.get("dueOn"),
      progress: Number(form.get("progress") || 0),
    });
  };

  return (
    <>
      <section className="card">
        <h2>{finding.title}</h2>
        <p>
          <span className="badge" data-status={finding.status}>
            {status(finding.status)}
          </span>{" "}
          {finding.org.name}
          {finding.theme ? ` · ${finding.theme.name}` : ""} · {f.priority}：{f.priorities[finding.priority as keyof typeof f.priorities] ?? finding.priority}
          {finding.published ? ` · ${f.published}` : ""}
        </p>
        {finding.summary && <p>{finding.summary}</p>}
        {finding.statusReason && (
          <p>
            {f.reason}：{finding.statusReason}
          </p>
        )}
        <h3>{f.quotes}</h3>
        {finding.evidence.map((e) => (
          <blockquote key={e.id}>{e.quote}</blockquote>
        ))}
      </section>
      <p className="status error" role="alert">
        {error}
      </p>
      {canDecide && next[finding.status as FindingStatus]?.length > 0 && (
        <form className="card form inline-form" onSubmit={move}>
          <label>
            {f.moveTo}
            <select name="status">
              {next[finding.status as FindingStatus].map((s) => (
                <option key={s} value={s}>
                  {status(s)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {f.reason}
            <input name="reason" maxLength={2000} />
          </label>
          <button type="submit">{f.save}</button>
        </form>
      )}
      {canDecide && (
        <p>
          <button type="button" onClick={() => void send(`/api/findings/${finding.id}`, "PATCH", { published: !finding.published })}>
            {finding.published ? f.unpublish : f.publish}
          </button>
        </p>
      )}
      <section className="card">
        <h3>{f.actions}</h3>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{f.actionKind}</th>
                <th scope="col">{f.actionDescription}</th>
                <th scope="col">{f.owner}</th>
                <th scope="col">{f.dueOn}</th>
                <th scope="col">{f.progress}</th>
              </tr>
            </thead>
            <tbody>
              {finding.actions.map((a) => (
                <tr key={a.id} className={a.overdue ? "overdue" : undefined}>
                  <td>{f.actionKinds[a.kind as keyof typeof f.actionKinds] ?? a.kind}</td>
                  <td>{a.description}</td>
                  <td>{[a.owner.name, a.ownerDetail].filter(Boolean).join(" ")}</td>
                  <td>
                    {a.dueOn}
                    {a.overdue && <strong> {f.overdue}</strong>}
                  </td>
                  <td>{a.progress}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {canDecide && (
          <form className="form" onSubmit={addAction} aria-labelledby="add-action">
            <h4 id="add-action">{f.addAction}</h4>
            <label>
              {f.actionKind}
              <select name="kind">
                {(["measure", "policy", "system"] as const).map((k) => (
                  <option key={k} value={k}>
                    {f.actionKinds[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {f.actionDescription}
              <input name="description" required maxLength={2000} />
            </label>
            <label>
              {f.owner}
              <input name="owner" required defaultValue={finding.org.code} maxLength={100} />
            </label>
            <label>
              {t.admin.org}
              <input name="ownerDetail" maxLength={200} />
            </label>
            <label>
              {f.dueOn}
              <input name="dueOn" type="date" required />
            </label>
            <label>
              {f.progress}
              <input name="progress" type="number" min={0} max={100} defaultValue={0} />
            </label>
            <button type="submit">{f.addAction}</button>
          </form>
        )}
      </section>
      <section className="card">
        <h3>{f.history}</h3>
        <ul>
          {finding.history.map((h, i) => (
            <li key={i}>
              {h.at.slice(0, 16).replace("T", " ")} {h.actor} {h.field}
              {h.field === "status" ? `：${h.from ? status(h.from) : "—"} → ${h.to ? status(h.to) : "—"}` : ""}
              {h.reason ? `（${h.reason}）` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
