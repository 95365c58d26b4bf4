import { z } from "zod";
import type { Caller } from "../auth/caller";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { findThemeByCode } from "../text/theme-taxonomy";
import { loadFindingForCaller } from "./finding-access";
import { findingStatusSchema, NEEDS_ACTION, prioritySchema, TRANSITIONS, type FindingStatus } from "./finding-status";
import { readFinding, type FindingDetail } from "./get-finding";
import { recordFindingEvents, type FindingChange } from "./record-finding-event";

export const updateFindingBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    summary: z.string().trim().max(5000).optional(),
    theme: z.string().min(1).max(64).nullable().optional(),
    priority: prioritySchema.optional(),
    status: findingStatusSchema.optional(),
    /** Required when the status becomes 不采纳 (rejected); recorded with any status change. */
    reason: z.string().trim().min(1).max(2000).optional(),
    published: z.boolean().optional(),
  })
  .strict();
export type UpdateFindingBody = z.infer<typeof updateFindingBody>;

const refused = (from: string, to: string, why: string) =>
  new AppError("CONFLICT", `状态不能从 ${from} 改为 ${to}：${why} (status change refused)`, [{ field: "status", message: `${from} → ${to} refused: ${why}` }]);

/**
 * Changes a finding. Its content (title, summary, theme, priority) may be edited by whoever may
 * see it; its status and publication only by administrators, along the allowed transitions
 * (finding-status.ts): a refused move is 409 naming `status`, a rejection without a reason 422
 * naming `reason`. Every change is recorded with who and when.
 */
export async function updateFinding(db: Db, caller: Caller, id: string, body: UpdateFindingBody): Promise<FindingDetail> {
  const deciding = body.status !== undefined || body.published !== undefined;
  const f = await loadFindingForCaller(db, caller, id, deciding ? "decide" : "edit");
  const changes: FindingChange[] = [];
  const data: Record<string, unknown> = {};
  const set = (field: string, from: unknown, to: unknown, reason?: string) => {
    if (to === undefined || to === from) return;
    data[field] = to;
    changes.push({ field, from: from === null ? null : String(from), to: to === null ? null : String(to), reason: reason ?? null });
  };
  set("title", f.title, body.title);
  set("summary", f.summary, body.summary);
  set("priority", f.priority, body.priority);
  if (body.theme !== undefined) {
    const theme = body.theme === null ? null : await findThemeByCode(db, body.theme);
    if (body.theme !== null && !theme) throw new AppError("VALIDATION", "未知的主题 (unknown theme)", [{ field: "theme", message: "no theme with this code" }]);
    set("themeId", f.themeId, theme?.id ?? null);
  }
  set("published", f.published, body.published);
  if (body.status !== undefined && body.status !== f.status) {
    const from = f.status as FindingStatus;
    if (!TRANSITIONS[from]?.includes(body.status)) throw refused(from, body.status, `allowed: ${TRANSITIONS[from]?.join(", ") || "none"}`);
    if (body.status === "rejected" && !body.reason) throw new AppError("VALIDATION", "不采纳需要说明理由 (a rejection needs a reason)", [{ field: "reason", message: "required when status is rejected" }]);
    if (NEEDS_ACTION.includes(body.status) && (await db.findingAction.count({ where: { findingId: id } })) === 0) throw refused(from, body.status, "add an action first");
    set("status", from, body.status, body.reason);
    data.statusReason = body.reason ?? null;
  }
  if (changes.length > 0) {
    await db.$transaction(async (tx) => {
      // The status read above must still hold: two administrators moving it at once get one move.
      const done = await tx.finding.updateMany({ where: { id, status: f.status }, data });
      if (done.count === 0) throw refused(f.status, body.status ?? f.status, "changed meanwhile; reload");
      await recordFindingEvents(tx, caller, id, changes);
    });
    await recordAuditEvent(caller, { action: "finding.update", resourceType: "finding", resourceId: id, detail: { fields: changes.map((c) => c.field) } });
  }
  return readFinding(db, id);
}
