export type SubmitOutcome =
  | { ok: true }
  | { ok: false; status: number; message: string; errors: { question: string; message: string }[] };

const MAX_DELAY_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the submission until the server answers. Network failures, 5xx, 408 and 429 are retried
 * with the same id (the server makes retries idempotent) after a growing, jittered delay; any
 * other answer is final. `onRetry` lets the page say what is happening.
 */
export async function submitWithRetry(url: string, body: unknown, onRetry: (attempt: number) => void): Promise<SubmitOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
      if (res.ok) return { ok: true };
      if (res.status < 500 && res.status !== 408 && res.status !== 429) {
        const payload = (await res.json().catch(() => ({}))) as { error?: { message?: string }; errors?: { question: string; message: string }[] };
        return { ok: false, status: res.status, message: payload.error?.message ?? `HTTP ${res.status}`, errors: payload.errors ?? [] };
      }
    } catch {
      // offline or connection dropped: retry below
    }
    onRetry(attempt);
    await sleep(Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(attempt - 1, 5)) * (0.75 + Math.random() * 0.5));
  }
}
