import { readerOf, type Db } from "./client";
import { toDate, utcColumn } from "./raw-reader";

export interface TokenUser {
  tokenId: string;
  revoked: boolean;
  lastUsedAt: Date | null;
  user: { id: string; email: string; name: string; role: string; active: boolean; org: { id: string; kind: string; name: string } };
}

/**
 * An API token's row with its user and the user's unit, in one raw read: every API request made
 * with a token starts with it (decision 016).
 */
export async function readTokenUser(db: Db, tokenHash: string): Promise<TokenUser | null> {
  const reader = readerOf(db);
  const row = (
    await reader.all<{ tokenId: string; revoked: number | boolean; lastUsedAt: string | Date | null; id: string; email: string; name: string; role: string; active: number | boolean; orgId: string; orgKind: string; orgName: string }>(
      `SELECT t."id" AS "tokenId", t."revokedAt" IS NOT NULL AS "revoked", ${utcColumn(reader, `t."lastUsedAt"`)} AS "lastUsedAt",
         u."id", u."email", u."name", u."role", u."active", o."id" AS "orgId", o."kind" AS "orgKind", o."name" AS "orgName"
       FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" JOIN "OrgUnit" o ON o."id" = u."orgId" WHERE t."tokenHash" = ?`,
      [tokenHash],
    )
  )[0];
  if (!row) return null;
  return {
    tokenId: row.tokenId,
    revoked: Boolean(row.revoked),
    lastUsedAt: toDate(row.lastUsedAt),
    user: { id: row.id, email: row.email, name: row.name, role: row.role, active: Boolean(row.active), org: { id: row.orgId, kind: row.orgKind, name: row.orgName } },
  };
}
