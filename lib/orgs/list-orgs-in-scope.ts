import type { Caller } from "../auth/caller";
import { getDb } from "../db/client";

/** The caller's unit and every unit below it, city first, then districts and schools by code. */
export async function listOrgsInScope(caller: Pick<Caller, "orgId" | "orgKind">) {
  const db = await getDb();
  const where =
    caller.orgKind === "city" ? {} : caller.orgKind === "district" ? { OR: [{ id: caller.orgId }, { parentId: caller.orgId }] } : { id: caller.orgId };
  const orgs = await db.orgUnit.findMany({
    where,
    select: { id: true, kind: true, code: true, name: true, stage: true, parentId: true, staffCount: true, studentCount: true, parentCount: true },
    orderBy: { code: "asc" },
  });
  const rank = { city: 0, district: 1, school: 2 } as Record<string, number>;
  return orgs.sort((a, b) => (rank[a.kind] ?? 3) - (rank[b.kind] ?? 3));
}
