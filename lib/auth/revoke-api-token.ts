import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db/client";
import type { Caller } from "./caller";
import { notFound } from "./org-scope";

/** Revokes one of the caller's tokens; it stops working on the next request. */
export async function revokeApiToken(caller: Caller, tokenId: string): Promise<void> {
  const db = await getDb();
  const row = await db.apiToken.findUnique({ where: { id: tokenId } });
  if (!row || row.userId !== caller.userId) throw notFound("该令牌");
  if (!row.revokedAt) await db.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
  await recordAuditEvent(caller, { action: "token.revoke", resourceType: "api_token", resourceId: row.id });
}
