"use client";

import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { apiFetch, problemMessage } from "./api-fetch";

export interface TokenRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "");

export function ApiTokens({ t, csrfToken, initial }: { t: Messages; csrfToken: string; initial: TokenRow[] }) {
  const [tokens, setTokens] = useState(initial);
  const [secret, setSecret] = useState("");
  const [error, setError] = useState("");

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const result = await apiFetch(csrfToken, "/api/tokens", "POST", { name: new FormData(formElement).get("name") });
    if (!result.ok) return setError(problemMessage(result.data, t.errors.generic));
    const row = result.data as TokenRow & { token: string };
    setSecret(row.token);
    setError("");
    setTokens([{ ...row, lastUsedAt: null, revokedAt: null }, ...tokens]);
    formElement.reset();
  }

  async function revoke(id: string) {
    const result = await apiFetch(csrfToken, `/api/tokens/${id}`, "DELETE");
    if (!result.ok) return setError(problemMessage(result.data, t.errors.generic));
    setTokens(tokens.map((row) => (row.id === id ? { ...row, revokedAt: new Date().toISOString() } : row)));
  }

  return (
    <section className="card">
      <h3>{t.admin.tokens}</h3>
      <p className="muted">{t.admin.tokensIntro}</p>
      <form className="form inline-form" onSubmit={(e) => void create(e)}>
        <label>
          {t.admin.tokenName}
          <input name="name" maxLength={100} />
        </label>
        <button type="submit">{t.admin.createToken}</button>
      </form>
      {secret && (
        <p role="status">
          {t.admin.newToken} <code className="secret">{secret}</code>
        </p>
      )}
      <p className="status error" role="alert">
        {error}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t.admin.tokenName}</th>
              <th>{t.admin.created}</th>
              <th>{t.admin.lastUsed}</th>
              <th>{t.admin.status}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((row) => (
              <tr key={row.id}>
                <td>{row.name || "—"}</td>
                <td>{day(row.createdAt)}</td>
                <td>{day(row.lastUsedAt) || t.admin.never}</td>
                <td className="actions">
                  {row.revokedAt ? (
                    t.admin.revoked
                  ) : (
                    <button type="button" className="secondary" onClick={() => void revoke(row.id)}>
                      {t.admin.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
