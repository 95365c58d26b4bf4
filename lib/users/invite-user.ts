import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { isOrgInScope } from "../auth/org-scope";
import { grantableRoles, roleSchema } from "../auth/roles";
import { hashSecretToken, newSecretToken } from "../auth/secret-token";
import { emailSchema } from "../auth/sign-in";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { resolveRoleOrg } from "./resolve-role-org";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const inviteUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100).default(""),
  role: roleSchema,
  org: z.string().trim().min(1, { error: "请选择单位 (org is required)" }).optional(),
});

const forbiddenRole = () =>
  new AppError("FORBIDDEN", "无权授予该角色 (you may not grant this role)", [{ field: "role", message: "not grantable by your role" }]);

/** Invites a colleague into the caller's unit: an account without a password and a single-use link to set one. */
export async function inviteUser(caller: Caller, input: z.infer<typeof inviteUserSchema>) {
  if (!grantableRoles(caller.role).includes(input.role)) throw forbiddenRole();
  const org = await resolveRoleOrg(input.role, input.org);
  if (!(await isOrgInScope(caller, org.id))) {
    throw new AppError("NOT_FOUND", "未找到该单位 (org not found)", [{ field: "org", message: "not found" }]);
  }
  const db = await getDb();
  if (await db.user.findUnique({ where: { email: input.email } })) {
    throw new AppError("CONFLICT", `邮箱 ${input.email} 已有账号 (a user with this e-mail exists)`, [{ field: "email", message: "already exists" }]);
  }
  const token = newSecretToken();
  const user = await db.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      orgId: org.id,
      invitations: { create: { tokenHash: hashSecretToken(token), expiresAt: new Date(Date.now() + INVITATION_TTL_MS) } },
    },
  });
  await recordAuditEvent(caller, { action: "user.invite", resourceType: "user", resourceId: user.id, detail: { email: user.email, role: user.role, org: org.code } });
  return { id: user.id, invitePath: `/invite/${token}` };
}
