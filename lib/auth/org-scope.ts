import { getDb } from "../db/client";
import { readOrgLineage } from "../db/read-org-units";
import { AppError } from "../errors/app-error";
import type { Caller } from "./caller";

/** The unit and its ancestors' ids (a school: itself, its district, the city). */
export async function orgAncestry(orgId: string): Promise<string[]> {
  // One raw read (decision 016); at most five levels, against a cycle in hand-edited data.
  return readOrgLineage(await getDb(), orgId);
}

/** Whether the unit is the caller's own or lies below it. */
export async function isOrgInScope(caller: Pick<Caller, "orgId" | "orgKind">, orgId: string): Promise<boolean> {
  if (orgId === caller.orgId) return true;
  if (caller.orgKind === "school") return false;
  return (await orgAncestry(orgId)).includes(caller.orgId);
}

/** Not found, whether it does not exist or lies outside the caller's unit: existence is not revealed. */
export function notFound(what: string, field = "id"): AppError {
  return new AppError("NOT_FOUND", `未找到${what} (${field} not found)`, [{ field, message: "not found" }]);
}

export async function requireOrgInScope(caller: Caller, orgId: string, field = "org"): Promise<void> {
  if (!(await isOrgInScope(caller, orgId))) throw notFound("该单位", field);
}

/** Resolves an org reference as the APIs take it (a school code, a district name or the city name) within scope. */
export async function findOrgInScope(caller: Caller, code: string, field = "org") {
  const db = await getDb();
  const org = await db.orgUnit.findUnique({ where: { code } });
  if (!org || !(await isOrgInScope(caller, org.id))) throw notFound("该单位", field);
  return org;
}

/** Ids of the schools the caller may see. */
export async function schoolIdsInScope(caller: Pick<Caller, "orgId" | "orgKind">): Promise<string[]> {
  const db = await getDb();
  if (caller.orgKind === "school") return [caller.orgId];
  const where = caller.orgKind === "district" ? { kind: "school", parentId: caller.orgId } : { kind: "school" };
  return (await db.orgUnit.findMany({ where, select: { id: true } })).map((o) => o.id);
}
