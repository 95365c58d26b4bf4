import { resolveLink, type ResolvedLink } from "./resolve-link";

const TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;
const cache = new Map<string, { at: number; link: ResolvedLink }>();

/**
 * resolveLink for the submission hot path, remembered for a few seconds per code: a burst of
 * submissions to one school's link reads the survey once. Closing a survey or link, by hand or
 * by its dates, takes effect within TTL_MS. Unknown codes are not cached.
 */
export async function resolveLinkCached(code: string, now = new Date()): Promise<ResolvedLink> {
  const hit = cache.get(code);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit.link;
  const link = await resolveLink(code, now);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(code, { at: now.getTime(), link });
  return link;
}

/** After publishing or closing in this process, links serve the change at once (others within TTL_MS). */
export function forgetResolvedLinks(): void {
  cache.clear();
}
