import { AppError } from "../errors/app-error";

export interface RateLimiter {
  /** Counts one event for `key`; throws RATE_LIMITED when the key is over its limit. */
  take(key: string, now?: number): void;
}

/**
 * A fixed-window counter per key, in memory (keys are never stored). Old windows are dropped as
 * they pass, so memory stays bounded by the keys active in one window.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; message: string }): RateLimiter {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    take(key, now = Date.now()) {
      if (now - windowStart >= options.windowMs) {
        windowStart = now - (now % options.windowMs);
        counts = new Map();
      }
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n > options.limit) throw new AppError("RATE_LIMITED", options.message, [{ field: "client", message: "too many requests" }]);
    },
  };
}

/**
 * The client address as seen by this server: the last X-Forwarded-For hop (added by Next.js from
 * the socket, or by our own reverse proxy when WENCE_TRUST_PROXY counts it), else "unknown".
 */
export function clientAddress(headers: Headers, trustedProxies: number): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return hops.at(-1 - trustedProxies) ?? hops[0] ?? "unknown";
}
