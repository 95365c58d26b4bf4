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
 * The client address: the socket's peer, or the hop a trusted reverse proxy recorded in
 * X-Forwarded-For (WENCE_TRUST_PROXY counts them). Without a socket address (inside Next's route
 * handlers) the last X-Forwarded-For hop, which Next.js sets from the socket.
 */
export function clientAddress(forwardedFor: string | null | undefined, socketAddress: string | undefined, trustedProxies: number): string {
  const hops = [...(forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean), ...(socketAddress ? [socketAddress] : [])];
  return hops.at(-1 - trustedProxies) ?? hops[0] ?? "unknown";
}
