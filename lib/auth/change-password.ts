import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import type { Caller } from "./caller";
import { hashPassword, passwordSchema, verifyPassword } from "./hash-password";

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "请输入当前密码 (currentPassword is required)" }).max(200),
  newPassword: passwordSchema,
});

/** Changes the caller's password and signs out every other session of theirs. */
export async function changePassword(caller: Caller, input: z.infer<typeof changePasswordSchema>): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: caller.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", "当前密码不正确 (current password is wrong)", [{ field: "currentPassword", message: "wrong password" }]);
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: new Date() } });
  await db.session.deleteMany({ where: { userId: user.id, ...(caller.sessionId ? { id: { not: caller.sessionId } } : {}) } });
  await recordAuditEvent(caller, { action: "auth.change_password", resourceType: "user", resourceId: user.id });
}
