import type { Caller } from "../auth/caller";
import { grantableRoles } from "../auth/roles";
import { getDb } from "../db/client";

/** The users the caller manages: bound to the caller's unit or below it, with roles the caller could grant. */
export async function listUsers(caller: Caller) {
  const db = await getDb();
  const orgFilter =
    caller.orgKind === "city" ? {} : caller.orgKind === "district" ? { OR: [{ orgId: caller.orgId }, { org: { parentId: caller.orgId } }] } : { orgId: caller.orgId };
  const users = await db.user.findMany({
    where: { ...orgFilter, role: { in: grantableRoles(caller.role) } },
    orderBy: [{ org: { code: "asc" } }, { email: "asc" }],
    include: { org: { select: { code: true, name: true, kind: true } }, invitations: { where: { usedAt: null }, select: { expiresAt: true } } },
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    org: u.org,
    active: u.active,
    invited: u.passwordHash === null,
    createdAt: u.createdAt.toISOString(),
  }));
}
