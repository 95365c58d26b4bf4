import { getDb } from "../db/client";
import type { Caller } from "../auth/caller";

export interface AuditInput {
  action: string;
  resourceType: string;
  resourceId: string;
  detail?: Record<string, unknown>;
}

/** Records an administrative action: who, what, on which resource, when. Never an answer's content. */
export async function recordAuditEvent(actor: Pick<Caller, "userId" | "email"> | null, input: AuditInput): Promise<void> {
  const db = await getDb();
  await db.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      actorEmail: actor?.email ?? "system",
      action: input.action,
      resourceType: input.resourceType,
      resourceId: input.resourceId,
      ...(input.detail ? { detail: input.detail as object } : {}),
    },
  });
}
