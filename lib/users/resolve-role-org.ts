import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { ROLE_ORG_KINDS, type OrgKind, type Role } from "../auth/roles";

/** The unit a role is bound to, given as the APIs take units (school code, district name, city name). */
export async function resolveRoleOrg(role: Role, orgCode: string | undefined) {
  const db = await getDb();
  const org = orgCode
    ? await db.orgUnit.findUnique({ where: { code: orgCode } })
    : role === "city_admin"
      ? await db.orgUnit.findFirst({ where: { kind: "city" } })
      : null;
  if (!org) {
    throw new AppError("VALIDATION", orgCode ? `找不到单位「${orgCode}」 (unknown org)` : "请指定单位 (org is required for this role)", [
      { field: "org", message: orgCode ? "unknown school code, district or city name" : "required" },
    ]);
  }
  if (!ROLE_ORG_KINDS[role].includes(org.kind as OrgKind)) {
    throw new AppError("VALIDATION", `角色 ${role} 不能绑定到${org.kind === "school" ? "学校" : org.kind === "district" ? "区县" : "市"}一级 (role does not fit this unit)`, [
      { field: "org", message: `${role} must be bound to a ${ROLE_ORG_KINDS[role].join(" or ")}` },
    ]);
  }
  return org;
}
