"use client";

/** A JSON request to Wence's API from an admin page, carrying the session's CSRF token. */
export async function apiFetch(csrfToken: string, url: string, method: string, body?: unknown): Promise<{ ok: boolean; status: number; data: unknown }> {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  return { ok: response.ok, status: response.status, data };
}

/** The message of a problem body, for showing beside the form that caused it. */
export function problemMessage(data: unknown, fallback: string): string {
  const error = (data as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === "string" ? error.message : fallback;
}
