import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { createSession } from "./create-session";
import { verifyPassword } from "./hash-password";
import { assertNotThrottled, clearAccountFailures, recordSignInFailure } from "./sign-in-throttle";

export const emailSchema = z
  .string({ error: "请输入邮箱 (email is required)" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "邮箱格式不正确 (email is not valid)" }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "请输入密码 (password is required)" }).min(1, { error: "请输入密码 (password is required)" }).max(200),
});

/**
 * Checks e-mail and password under the throttle and starts a session. Every failure gives the
 * same answer, so it does not tell which e-mails have accounts.
 */
export async function signIn(input: z.infer<typeof signInSchema>, address: string, now = new Date()) {
  await assertNotThrottled(input.email, address, now);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: input.email } });
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || !user.active) {
    await recordSignInFailure(input.email, address, now);
    throw new AppError("UNAUTHENTICATED", "邮箱或密码不正确 (wrong e-mail or password)", [
      { field: "password", message: "wrong e-mail or password" },
    ]);
  }
  await clearAccountFailures(input.email);
  const session = await createSession(user.id, now);
  await recordAuditEvent({ userId: user.id, email: user.email }, { action: "auth.sign_in", resourceType: "user", resourceId: user.id });
  return { ...session, user: { id: user.id, email: user.email, role: user.role } };
}
