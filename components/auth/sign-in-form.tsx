"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { problemMessage } from "../admin/api-fetch";

export function SignInForm({ t, next }: { t: Messages; next: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError("");
    const response = await fetch("/api/auth/signin", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
    });
    if (response.ok) {
      router.replace(next);
    router.refresh();
      return;
    }
    setBusy(false);
    setError(problemMessage(await response.json().catch(() => null), t.errors.generic));
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-describedby="signin-error">
      <label>
        {t.auth.email}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t.auth.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <p id="signin-error" className="status error" role="alert">
        {error}
      </p>
      <button type="submit" disabled={busy}>
        {busy ? t.auth.signingIn : t.auth.signIn}
      </button>
    </form>
  );
}
