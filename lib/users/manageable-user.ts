import { getDb } from "../db/client";
import type { Caller } from "../auth/caller";
import { isOrgInScope, notFound } from "../auth/org-scope";
import { grantableRoles, roleSchema } from "../auth/roles";

/**
 * A user the caller may manage: bound to a unit in the caller's scope, with a role the caller could
 * grant. Anyone else is "not found", whether or not they exist.
 */
export async function findManageableUser(caller: Caller, userId: string) {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, include: { org: true } });
  const role = roleSchema.safeParse(user?.role);
  if (!user || !role.success || !grantableRoles(caller.role).includes(role.data) || !(await isOrgInScope(caller, user.orgId))) {
    throw notFound("该用户");
  }
  return user;
}
