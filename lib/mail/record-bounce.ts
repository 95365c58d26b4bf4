import { getDb } from "../db/client";
import { isPermanentFailure, type RecipientReport } from "./parse-delivery-report";

export type BounceOutcome = "bounced" | "ignored" | "unknown";

/**
 * Applies a delivery report that came back to an outbox message's bounce address: a permanent
 * failure marks the message bounced (with the report's status and diagnostic) and, for an
 * invitation or reminder, the invitation. Delays, successes and anything else change nothing.
 */
export async function recordBounce(outboxId: string, reports: RecipientReport[] | null, now = new Date()): Promise<BounceOutcome> {
  const failure = reports?.find(isPermanentFailure);
  const db = await getDb();
  const message = await db.outboxMessage.findUnique({ where: { id: outboxId }, select: { id: true, invitationId: true } });
  if (!message) return "unknown";
  if (!failure) return "ignored";
  const reason = `退信 (bounced) ${failure.status}${failure.diagnostic ? `: ${failure.diagnostic}` : ""}`.slice(0, 1000);
  await db.$transaction(async (tx) => {
    // Only a message that went out can bounce; a second report for it changes nothing.
    await tx.outboxMessage.updateMany({ where: { id: message.id, status: { in: ["sent", "sending"] } }, data: { status: "bounced", bouncedAt: now, lastError: reason, leaseOwner: null, leaseUntil: null } });
    if (message.invitationId) await tx.surveyInvitation.updateMany({ where: { id: message.invitationId, bouncedAt: null }, data: { bouncedAt: now } });
  });
  return "bounced";
}
