import { z } from "zod";
import type { Caller } from "../auth/caller";
import { schoolIdsInScope } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";

export const OUTBOX_STATUSES = ["queued", "sending", "sent", "failed", "bounced"] as const;

export const listOutboxQuerySchema = z.object({
  status: z.enum(OUTBOX_STATUSES, { error: "status 须为 queued、sending、sent、failed 或 bounced" }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export interface OutboxEntry {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  /** When a delivery report said it could not be delivered, after it was sent. */
  bouncedAt: string | null;
  createdAt: string;
}

/**
 * The outbox as an administrator may see it: messages about units in their scope or that they
 * caused; failed ones first (with the server's reply), then bounced ones (with the delivery
 * report's status), then the rest, newest first.
 */
export async function listOutbox(caller: Caller, query: z.infer<typeof listOutboxQuerySchema>): Promise<OutboxEntry[]> {
  if (!isAdminRole(caller.role)) {
    throw new AppError("FORBIDDEN", "只有管理员可以查看发信记录 (administrators only)", [{ field: "role", message: "administrator required" }]);
  }
  const db = await getDb();
  const scope = caller.orgKind === "city" ? {} : { OR: [{ orgId: { in: await schoolIdsInScope(caller) } }, { createdById: caller.userId }] };
  const statuses = query.status ? [query.status] : (["failed", "bounced", "queued", "sending", "sent"] as const);
  const rows = [];
  for (const status of statuses) {
    if (rows.length >= query.limit) break;
    rows.push(...(await db.outboxMessage.findMany({ where: { ...scope, status }, orderBy: { createdAt: "desc" }, take: query.limit - rows.length })));
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    recipient: r.recipient,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt.toISOString(),
    lastError: r.lastError,
    sentAt: r.sentAt?.toISOString() ?? null,
    bouncedAt: r.bouncedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
