"use client";

import { useRouter } from "next/navigation";
import { apiFetch } from "../admin/api-fetch";

export function SignOutButton({ csrfToken, label }: { csrfToken: string; label: string }) {
  const router = useRouter();
  async function signOut() {
    await apiFetch(csrfToken, "/api/auth/signout", "POST");
    router.replace("/signin");
    router.refresh();
  }
  return (
    <button type="button" onClick={() => void signOut()}>
      {label}
    </button>
  );
}
