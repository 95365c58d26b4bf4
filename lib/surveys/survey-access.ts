import type { Caller } from "../auth/caller";
import { isOrgInScope, notFound, orgAncestry } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import { getDb } from "../db/client";
import { readCityId } from "../db/read-org-units";
import { AppError } from "../errors/app-error";

/**
 * A survey as the caller may use it. A survey belongs to the unit that designs it (none: the city).
 * It is visible to that unit, to the units above it, and to every unit below it (which distribute
 * it and read their own part of the results). It is editable by administrators of the owning unit
 * or above. Anything else is "not found".
 */
export async function loadSurveyForCaller(caller: Caller, surveyId: string, mode: "view" | "edit") {
  const db = await getDb();
  const survey = await db.survey.findUnique({ where: { id: surveyId } });
  if (!survey) throw notFound("该问卷");
  await requireSurveyAccess(caller, survey.ownerId, mode);
  return survey;
}

/** The rule of loadSurveyForCaller for a survey already read: its owner (null: the city). */
export async function requireSurveyAccess(caller: Caller, surveyOwnerId: string | null, mode: "view" | "edit"): Promise<void> {
  const ownerId = surveyOwnerId ?? (await readCityId(await getDb()));
  if (!ownerId) throw notFound("该问卷");
  const below = await isOrgInScope(caller, ownerId);
  const visible = below || (await orgAncestry(caller.orgId)).includes(ownerId);
  if (!visible) throw notFound("该问卷");
  if (mode === "edit" && !(below && isAdminRole(caller.role))) {
    throw new AppError("FORBIDDEN", "只有问卷所属单位及上级的管理员可以修改 (only administrators of the owning unit may change this survey)", [
      { field: "id", message: "not editable by you" },
    ]);
  }
}
