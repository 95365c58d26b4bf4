import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { isOrgInScope } from "../auth/org-scope";
import { grantableRoles, roleSchema, type Role } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { findManageableUser } from "./manageable-user";
import { resolveRoleOrg } from "./resolve-role-org";

export const updateUserSchema = z
  .object({
    name: z.string().trim().max(100).optional(),
    role: roleSchema.optional(),
    org: z.string().trim().min(1).optional(),
    active: z.boolean().optional(),
  })
  .strict();

/** Changes a user's name, role, unit or status. Deactivating ends their sessions; their tokens stop working. */
export async function updateUser(caller: Caller, userId: string, input: z.infer<typeof updateUserSchema>) {
  const user = await findManageableUser(caller, userId);
  if (user.id === caller.userId && (input.active === false || input.role || input.org)) {
    throw new AppError("VALIDATION", "不能停用或降级自己的账号 (you cannot deactivate or re-scope yourself)", [{ field: "active", message: "not on your own account" }]);
  }
  const role = (input.role ?? user.role) as Role;
  if (!grantableRoles(caller.role).includes(role)) {
    throw new AppError("FORBIDDEN", "无权授予该角色 (you may not grant this role)", [{ field: "role", message: "not grantable by your role" }]);
  }
  let orgId = user.orgId;
  if (input.role || input.org) {
    const org = await resolveRoleOrg(role, input.org ?? user.org.code);
    if (!(await isOrgInScope(caller, org.id))) throw new AppError("NOT_FOUND", "未找到该单位 (org not found)", [{ field: "org", message: "not found" }]);
    orgId = org.id;
  }
  const db = await getDb();
  const updated = await db.user.update({
    where: { id: user.id },
    data: { ...(input.name !== undefined ? { name: input.name } : {}), role, orgId, ...(input.active !== undefined ? { active: input.active } : {}) },
    select: { id: true, email: true, name: true, role: true, orgId: true, active: true },
  });
  if (input.active === false || role !== user.role || orgId !== user.orgId) {
    // New rights start with a new sign-in; a deactivated user is signed out everywhere.
    await db.session.deleteMany({ where: { userId: user.id } });
  }
  await recordAuditEvent(caller, { action: "user.update", resourceType: "user", resourceId: user.id, detail: { ...input } });
  return updated;
}
