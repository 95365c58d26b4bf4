import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../db/transaction";
import { env } from "../env";
import { messageIdDomain } from "./mail-config";

export interface MailInput {
  /** Names the logical message: enqueueing the same key again adds nothing. */
  dedupeKey: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  html?: string;
  /** The unit the message concerns: who may see it in the outbox. */
  orgId?: string;
  createdById?: string;
  /** The invitation an invitation or reminder mail is for: its failures and bounces count against it. */
  invitationId?: string;
}

const CHUNK = 500;

/**
 * Writes messages to the outbox, in the caller's transaction when given one, so a message exists
 * exactly when what it announces does. Returns the keys that were new; keys already in the outbox
 * (whatever their status) are left alone. The unique key, not this check, is what guarantees one
 * row: a concurrent enqueue of the same key fails its transaction instead of duplicating the mail.
 */
export async function enqueueMail(db: DbOrTx, messages: MailInput[], now = new Date()): Promise<Set<string>> {
  const wanted = [...new Map(messages.map((m) => [m.dedupeKey, m])).values()];
  const existing = new Set<string>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const keys = wanted.slice(i, i + CHUNK).map((m) => m.dedupeKey);
    const rows = await db.outboxMessage.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } });
    for (const r of rows) existing.add(r.dedupeKey);
  }
  const fresh = wanted.filter((m) => !existing.has(m.dedupeKey));
  const domain = messageIdDomain(env().WENCE_MAIL_FROM);
  for (let i = 0; i < fresh.length; i += CHUNK) {
    await db.outboxMessage.createMany({
      data: fresh.slice(i, i + CHUNK).map((m) => ({
        dedupeKey: m.dedupeKey,
        // Fixed at enqueue time: a retried delivery carries the same id, so receivers can drop a duplicate.
        messageId: `<${randomUUID()}@${domain}>`,
        kind: m.kind,
        recipient: m.recipient,
        subject: m.subject,
        text: m.text,
        html: m.html ?? null,
        status: "queued",
        nextAttemptAt: now,
        // The give-up age counts from here, on the same clock as the attempts.
        createdAt: now,
        orgId: m.orgId ?? null,
        createdById: m.createdById ?? null,
        invitationId: m.invitationId ?? null,
      })),
    });
  }
  return new Set(fresh.map((m) => m.dedupeKey));
}
