import { getDb } from "../db/client";
import { hashSecretToken, newSecretToken } from "./secret-token";
import { SESSION_MAX_MS } from "./session-policy";

/** Starts a session; the returned token goes into the cookie, only its hash is stored. */
export async function createSession(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const db = await getDb();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
  await db.session.create({ data: { id: hashSecretToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt } });
  return { token, expiresAt };
}
