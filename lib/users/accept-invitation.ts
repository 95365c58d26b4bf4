import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import { createSession } from "../auth/create-session";
import { hashPassword, passwordSchema } from "../auth/hash-password";
import { hashSecretToken } from "../auth/secret-token";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";

export const acceptInvitationSchema = z.object({
  token: z.string().min(1).max(200),
  name: z.string().trim().max(100).optional(),
  password: passwordSchema,
});

/** Sets the invited user's password, spends the invitation and signs them in. */
export async function acceptInvitation(input: z.infer<typeof acceptInvitationSchema>, now = new Date()) {
  const db = await getDb();
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashSecretToken(input.token) }, include: { user: true } });
  if (!invitation || invitation.usedAt || invitation.expiresAt <= now || !invitation.user.active) {
    throw new AppError("GONE", "邀请链接无效或已过期，请联系管理员重新邀请 (invitation invalid or expired)", [{ field: "token", message: "invalid, used or expired" }]);
  }
  // Spending the invitation first, conditionally, makes two simultaneous uses yield one account password.
  const spent = await db.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
  if (spent.count !== 1) throw new AppError("GONE", "邀请链接已被使用 (invitation already used)", [{ field: "token", message: "used" }]);
  await db.user.update({
    where: { id: invitation.userId },
    data: { passwordHash: await hashPassword(input.password), passwordChangedAt: now, ...(input.name ? { name: input.name } : {}) },
  });
  await recordAuditEvent({ userId: invitation.userId, email: invitation.user.email }, { action: "user.accept_invitation", resourceType: "user", resourceId: invitation.userId });
  return createSession(invitation.userId, now);
}
