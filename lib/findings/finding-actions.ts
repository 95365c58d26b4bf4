import { z } from "zod";
import type { Caller } from "../auth/caller";
import { findOrgInScope, isOrgInScope, notFound } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { isCalendarDay } from "../time/china-time";
import { loadFindingForCaller } from "./finding-access";
import { actionKindSchema } from "./finding-status";
import { readFinding, type FindingDetail } from "./get-finding";
import { recordFindingEvents, type FindingChange } from "./record-finding-event";

const day = z.string().refine(isCalendarDay, { message: "a calendar day YYYY-MM-DD" });

export const addActionBody = z
  .object({
    kind: actionKindSchema,
    description: z.string().trim().min(1).max(2000),
    /** The unit responsible: a school code, a district name or the city name, in the caller's scope. */
    owner: z.string().trim().min(1).max(100),
    ownerDetail: z.string().trim().max(200).default(""),
    dueOn: day,
    progress: z.number().int().min(0).max(100).default(0),
    evidenceNotes: z.string().trim().max(5000).default(""),
  })
  .strict();

export const updateActionBody = z
  .object({
    description: z.string().trim().min(1).max(2000).optional(),
    dueOn: day.optional(),
    progress: z.number().int().min(0).max(100).optional(),
    evidenceNotes: z.string().trim().max(5000).optional(),
  })
  .strict();

/** Adds an action (措施/政策/制度) to a finding: administrators of the finding's unit or above. */
export async function addFindingAction(db: Db, caller: Caller, findingId: string, body: z.infer<typeof addActionBody>): Promise<FindingDetail> {
  await loadFindingForCaller(db, caller, findingId, "decide");
  const { owner: ownerCode, ...rest } = body;
  const owner = await findOrgInScope(caller, ownerCode, "owner");
  const action = await db.$transaction(async (tx) => {
    const a = await tx.findingAction.create({ data: { ...rest, findingId, ownerOrgId: owner.id } });
    await recordFindingEvents(tx, caller, findingId, [{ field: `action:${a.id}`, to: `${body.kind} ${body.description}`.slice(0, 300) }]);
    return a;
  });
  await recordAuditEvent(caller, { action: "finding.action.create", resourceType: "finding", resourceId: findingId, detail: { actionId: action.id } });
  return readFinding(db, findingId);
}

/**
 * Updates an action's progress, due day or notes: administrators who may decide on the finding,
 * or administrators of the unit that owns the action (a school reporting on a district's measure).
 */
export async function updateFindingAction(db: Db, caller: Caller, findingId: string, actionId: string, body: z.infer<typeof updateActionBody>): Promise<FindingDetail> {
  const action = await db.findingAction.findUnique({ where: { id: actionId } });
  if (!action || action.findingId !== findingId) throw notFound("该举措", "actionId");
  const finding = await db.finding.findUnique({ where: { id: findingId } });
  const mayUpdate = finding && ((await isOrgInScope(caller, finding.orgId)) || (await isOrgInScope(caller, action.ownerOrgId)));
  if (!mayUpdate) throw notFound("该举措", "actionId");
  if (!isAdminRole(caller.role)) throw new AppError("FORBIDDEN", "只有管理员可以更新举措 (only administrators update actions)", [{ field: "role", message: "administrator required" }]);
  const changes: FindingChange[] = [];
  for (const key of ["description", "dueOn", "progress", "evidenceNotes"] as const) {
    const to = body[key];
    if (to !== undefined && to !== action[key]) changes.push({ field: `action:${actionId}:${key}`, from: String(action[key]).slice(0, 300), to: String(to).slice(0, 300) });
  }
  if (changes.length > 0) {
    await db.$transaction(async (tx) => {
      await tx.findingAction.update({ where: { id: actionId }, data: body });
      await recordFindingEvents(tx, caller, findingId, changes);
    });
  }
  return readFinding(db, findingId);
}
