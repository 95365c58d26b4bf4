import { getDb } from "../db/client";
import type { Caller } from "./caller";

/** The caller's own tokens (never the secrets, which are not stored). */
export async function listApiTokens(caller: Caller) {
  const db = await getDb();
  const rows = await db.apiToken.findMany({ where: { userId: caller.userId }, orderBy: { createdAt: "desc" } });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}
