import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { Caller } from "@/lib/auth/caller";
import { csrfTokenFor } from "@/lib/auth/csrf-token";
import { loadSessionCaller } from "@/lib/auth/load-caller";
import type { Role } from "@/lib/auth/roles";
import { SESSION_COOKIE } from "@/lib/auth/session-policy";

/** The signed-in user of a page request, or null. */
export async function pageCaller(): Promise<Caller | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? loadSessionCaller(token) : null;
}

/**
 * Every admin page starts here: no session → the sign-in page (coming back afterwards); a role
 * that has no business on the page → 404, as for a resource out of scope.
 */
export async function requirePageCaller(path: string, roles?: readonly Role[]): Promise<Caller & { csrfToken: string }> {
  const caller = await pageCaller();
  if (!caller?.sessionId) redirect(`/signin?next=${encodeURIComponent(path)}`);
  if (roles && !roles.includes(caller.role)) notFound();
  return { ...caller, csrfToken: await csrfTokenFor(caller.sessionId) };
}
