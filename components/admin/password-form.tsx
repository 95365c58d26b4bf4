"use client";

import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { apiFetch, problemMessage } from "./api-fetch";

export function PasswordForm({ t, csrfToken }: { t: Messages; csrfToken: string }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string }>({ ok: true, text: "" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await apiFetch(csrfToken, "/api/auth/password", "POST", {
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
    });
    if (result.ok) formElement.reset();
    setStatus(result.ok ? { ok: true, text: t.auth.passwordChanged } : { ok: false, text: problemMessage(result.data, t.errors.generic) });
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)}>
      <h3>{t.auth.changePassword}</h3>
      <label>
        {t.auth.currentPassword}
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        {t.auth.newPassword}
        <input name="newPassword" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <p className={status.ok ? "status" : "status error"} role="status">
        {status.text}
      </p>
      <button type="submit">{t.auth.changePassword}</button>
    </form>
  );
}
