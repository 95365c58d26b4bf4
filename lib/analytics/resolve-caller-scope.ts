import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";

/**
 * The org scope of an API caller. Until accounts and roles exist (issue 4) the admin token
 * (decision 006) stands for the whole city; the caller's own unit will be returned here.
 */
export async function resolveCallerScope(db: Db): Promise<string> {
  const city = await db.orgUnit.findFirst({ where: { kind: "city" }, select: { id: true } });
  if (!city) throw new AppError("NOT_FOUND", "尚未导入学校 (no organisation imported yet)", [{ field: "org", message: "no city" }]);
  return city.id;
}
