"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { problemMessage } from "../admin/api-fetch";

export function AcceptInvitationForm({ t, token }: { t: Messages; token: string }) {
  const router = useRouter();
  const [error, setError] = useState("");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const response = await fetch("/api/auth/accept-invitation", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, name: form.get("name") || undefined, password: form.get("password") }),
    });
    if (!response.ok) return setError(problemMessage(await response.json().catch(() => null), t.errors.generic));
    router.replace("/");
    router.refresh();
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)}>
      <label>
        {t.auth.name}
        <input name="name" autoComplete="name" maxLength={100} />
      </label>
      <label>
        {t.auth.newPassword}
        <input name="password" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <p className="status error" role="alert">
        {error}
      </p>
      <button type="submit">{t.auth.activate}</button>
    </form>
  );
}
