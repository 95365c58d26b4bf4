import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { hashSecretToken, newSecretToken } from "./secret-token";

export const createApiTokenSchema = z.object({ name: z.string().trim().max(100).default("") });

/** A personal API token with exactly the user's rights. The token is shown once; only its hash is kept. */
export async function createApiToken(userId: string, name: string, actor?: { userId: string; email: string }) {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) throw new AppError("NOT_FOUND", "未找到该用户 (user not found)", [{ field: "email", message: "no active user" }]);
  const token = newSecretToken("wence_");
  const row = await db.apiToken.create({ data: { userId, name, tokenHash: hashSecretToken(token) } });
  await recordAuditEvent(actor ?? { userId: user.id, email: user.email }, { action: "token.create", resourceType: "api_token", resourceId: row.id, detail: { name } });
  return { id: row.id, name: row.name, token, createdAt: row.createdAt.toISOString() };
}

/** For the command line: the token of the user with this e-mail. */
export async function createApiTokenForEmail(email: string, name: string) {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw new AppError("NOT_FOUND", `没有邮箱为 ${email} 的用户 (no such user)`, [{ field: "email", message: "no such user" }]);
  return createApiToken(user.id, name);
}
