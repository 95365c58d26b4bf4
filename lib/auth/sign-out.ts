import { getDb } from "../db/client";
import type { Caller } from "./caller";

/** Ends the caller's session on the server: the cookie is worthless afterwards, even if kept. */
export async function signOut(caller: Caller): Promise<void> {
  if (!caller.sessionId) return;
  const db = await getDb();
  await db.session.deleteMany({ where: { id: caller.sessionId } });
}
