"use client";

import { useState } from "react";
import { apiFetch, problemMessage } from "@/components/admin/api-fetch";
import type { Messages } from "@/lib/i18n/messages";

export interface VersionRow {
  number: number;
  publishedAt: string | null;
  createdAt: string;
}

interface Diff {
  added: string[];
  removed: string[];
  changed: { name: string; properties: { property: string; before: unknown; after: unknown }[] }[];
}

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));
const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** The survey's versions, and what changed between two of them, question by question. */
export function VersionHistory(props: { t: Messages["builder"]; csrfToken: string; surveyId: string; versions: VersionRow[]; genericError: string }) {
  const { t, versions } = props;
  const [from, setFrom] = useState(versions[1]?.number ?? versions[0]?.number ?? 1);
  const [to, setTo] = useState(versions[0]?.number ?? 1);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [error, setError] = useState("");

  const compare = async () => {
    const result = await apiFetch(props.csrfToken, `/api/surveys/${props.surveyId}/diff?from=${from}&to=${to}`, "GET");
    if (!result.ok) return setError(problemMessage(result.data, props.genericError));
    setError("");
    setDiff(result.data as Diff);
  };
  const picker = (label: string, value: number, set: (n: number) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            {v.number}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <details className="card versions">
      <summary>{t.versions}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t.createdAt}</th>
              <th scope="col">{t.publishedAt}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.number}>
                <td>{v.number}</td>
                <td>{when(v.createdAt)}</td>
                <td>{v.publishedAt ? when(v.publishedAt) : t.notPublished}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.length > 1 && (
        <div className="inline-form compare">
          {picker(t.compareFrom, from, setFrom)}
          {picker(t.compareTo, to, setTo)}
          <button type="button" className="secondary" onClick={() => void compare()}>
            {t.compare}
          </button>
        </div>
      )}
      {error && <p className="status error">{error}</p>}
      {diff && <DiffView t={t} diff={diff} />}
    </details>
  );
}

function DiffView({ t, diff }: { t: Messages["builder"]; diff: Diff }) {
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return <p>{t.diffNone}</p>;
  return (
    <div className="diff">
      {diff.added.length > 0 && (
        <p>
          <strong>{t.diffAdded}</strong> <span className="diff-added">{diff.added.join("、")}</span>
        </p>
      )}
      {diff.removed.length > 0 && (
        <p>
          <strong>{t.diffRemoved}</strong> <span className="diff-removed">{diff.removed.join("、")}</span>
        </p>
      )}
      {diff.changed.length > 0 && (
        <>
          <p>
            <strong>{t.diffChanged}</strong>
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.code}</th>
                  <th scope="col">{t.property}</th>
                  <th scope="col">{t.before}</th>
                  <th scope="col">{t.after}</th>
                </tr>
              </thead>
              <tbody>
                {diff.changed.flatMap((c) =>
                  c.properties.map((p) => (
                    <tr key={`${c.name}.${p.property}`}>
                      <td>{c.name}</td>
                      <td>{p.property}</td>
                      <td className="diff-removed">{show(p.before)}</td>
                      <td className="diff-added">{show(p.after)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
