import type { Caller } from "../auth/caller";
import { isOrgInScope, notFound } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";

/** Whether a unit in the caller's scope owns one of the finding's actions. */
async function ownsAnAction(db: Db, caller: Caller, findingId: string): Promise<boolean> {
  for (const a of await db.findingAction.findMany({ where: { findingId }, select: { ownerOrgId: true } })) if (await isOrgInScope(caller, a.ownerOrgId)) return true;
  return false;
}

/**
 * A finding as the caller may use it: visible when its unit is the caller's or lies below it, or
 * when the caller's unit owns one of its actions (else 404, existence not revealed). Editing needs
 * the finding's unit in scope; deciding on it (status, publishing, actions) is for administrators;
 * analysts prepare findings and their evidence (docs/decisions/013).
 */
export async function loadFindingForCaller(db: Db, caller: Caller, id: string, mode: "view" | "edit" | "decide") {
  const finding = await db.finding.findUnique({ where: { id } });
  if (!finding) throw notFound("该发现");
  const own = await isOrgInScope(caller, finding.orgId);
  if (!own && !(mode === "view" && (await ownsAnAction(db, caller, id)))) throw notFound("该发现");
  if (mode === "decide" && !isAdminRole(caller.role)) {
    throw new AppError("FORBIDDEN", "只有管理员可以决定发现的状态、公开和举措 (only administrators decide on findings)", [{ field: "role", message: "administrator required" }]);
  }
  return finding;
}
