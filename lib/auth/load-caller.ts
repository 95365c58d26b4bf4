import { getDb } from "../db/client";
import { readTokenUser } from "../db/read-token-user";
import type { Caller } from "./caller";
import { roleSchema, type OrgKind } from "./roles";
import { hashSecretToken } from "./secret-token";
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from "./session-policy";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  org: { select: { id: true, kind: true, name: true } },
} as const;

type LoadedUser = { id: string; email: string; name: string; role: string; active: boolean; org: { id: string; kind: string; name: string } };

function toCaller(user: LoadedUser, via: Caller["via"], sessionId?: string): Caller | null {
  const role = roleSchema.safeParse(user.role);
  if (!user.active || !role.success) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: role.data,
    orgId: user.org.id,
    orgKind: user.org.kind as OrgKind,
    orgName: user.org.name,
    via,
    ...(sessionId ? { sessionId } : {}),
  };
}

/** The caller behind a session cookie, or null when it is unknown, expired, idle too long or its user is inactive. */
export async function loadSessionCaller(token: string, now = new Date()): Promise<Caller | null> {
  const db = await getDb();
  const id = hashSecretToken(token);
  const session = await db.session.findUnique({ where: { id }, include: { user: { select: userSelect } } });
  if (!session) return null;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return toCaller(session.user, "session", id);
}

/** The caller behind an API token, or null when it is unknown, revoked or its user is inactive. */
export async function loadTokenCaller(token: string, now = new Date()): Promise<Caller | null> {
  const db = await getDb();
  const row = await readTokenUser(db, hashSecretToken(token));
  if (!row || row.revoked) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > SESSION_TOUCH_MS) {
    await db.apiToken.update({ where: { id: row.tokenId }, data: { lastUsedAt: now } });
  }
  return toCaller(row.user, "token");
}
