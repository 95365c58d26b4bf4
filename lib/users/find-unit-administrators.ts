import type { Role } from "../auth/roles";
import type { DbOrTx } from "../db/transaction";

export interface UnitAdministrator {
  id: string;
  email: string;
  name: string;
  orgId: string;
}

/** The administrator role bound to each kind of unit (decision 009: one role, one unit). */
const ADMIN_ROLE_OF: Record<string, Role> = { city: "city_admin", district: "district_admin", school: "school_admin" };

/**
 * Active administrators bound exactly to each of the given units (not those of units above):
 * who is answerable for a unit when mail is sent about it. Returns unit id → administrators.
 */
export async function findUnitAdministrators(db: DbOrTx, units: { id: string; kind: string }[]): Promise<Map<string, UnitAdministrator[]>> {
  const out = new Map<string, UnitAdministrator[]>(units.map((u) => [u.id, []]));
  const wanted = units.filter((u) => ADMIN_ROLE_OF[u.kind]);
  if (wanted.length === 0) return out;
  const users = await db.user.findMany({
    where: { active: true, OR: Object.entries(ADMIN_ROLE_OF).map(([kind, role]) => ({ role, orgId: { in: wanted.filter((u) => u.kind === kind).map((u) => u.id) } })) },
    select: { id: true, email: true, name: true, orgId: true },
    orderBy: { email: "asc" },
  });
  for (const u of users) out.get(u.orgId)?.push(u);
  return out;
}
