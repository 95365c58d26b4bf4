import type { Caller } from "../auth/caller";
import type { DbOrTx } from "../db/transaction";

export interface FindingChange {
  field: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
}

/** Records who changed what on a finding and when: its history, shown on the finding's page. */
export async function recordFindingEvents(db: DbOrTx, caller: Pick<Caller, "userId" | "email">, findingId: string, changes: FindingChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.findingEvent.createMany({
    data: changes.map((c) => ({ findingId, actorId: caller.userId, actorEmail: caller.email, field: c.field, fromValue: c.from ?? null, toValue: c.to ?? null, reason: c.reason ?? null })),
  });
}
