import { randomUUID } from "node:crypto";
import { getDb } from "../db/client";
import { bounceAddress } from "./bounce-address";
import { classifySendError } from "./classify-send-error";
import type { MailTransport } from "./create-transport";
import { retryDelay, DEFAULT_BACKOFF, type BackoffPolicy } from "./retry-delay";

export interface DeliveryOptions {
  transport: MailTransport;
  from: string;
  /** When set, each message's envelope sender is its VERP bounce address in this domain. */
  bounceDomain?: string | null;
  /** Distinguishes this worker's leases; a fresh id per call by default. */
  workerId?: string;
  now?: () => Date;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** How long a claimed message is this worker's. Far above the transport's timeouts. */
  leaseMs?: number;
  /** A message still undelivered this long after it was queued is marked failed. */
  maxAgeMs?: number;
  batchSize?: number;
  signal?: AbortSignal;
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
  /** The server could not be reached (or refused us as a whole): the pass stopped early. */
  serverUnavailable: boolean;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_MAX_AGE_MS = 3 * 24 * 60 * 60_000;

// Bodies may carry personal link secrets (invitations): a message keeps its body only until it is
// delivered or given up, so the database holds a secret no longer than the mail needs it.
const scrubbed = { text: "", html: null };

const dueWhere = (now: Date) => ({
  OR: [
    { status: "queued", nextAttemptAt: { lte: now } },
    // A worker died or stalled mid-send: the only case in which a message can be sent twice.
    { status: "sending", leaseUntil: { lt: now } },
  ],
});

/**
 * Sends what is due in the outbox. Each message is claimed by a conditional update (status and
 * lease in the WHERE clause), so of two workers racing for it exactly one wins. Transient
 * failures come back later with exponential backoff and jitter; a 5xx rejection is final and
 * kept with the server's reply. Stops early when the server is unavailable.
 */
export async function deliverOutbox(options: DeliveryOptions): Promise<DeliveryResult> {
  const db = await getDb();
  const now = options.now ?? (() => new Date());
  const workerId = options.workerId ?? randomUUID();
  const batchSize = options.batchSize ?? 50;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0, serverUnavailable: false };
  const seen = new Set<string>();

  for (;;) {
    const due = await db.outboxMessage.findMany({ where: dueWhere(now()), orderBy: { nextAttemptAt: "asc" }, take: batchSize, select: { id: true } });
    const fresh = due.filter((d) => !seen.has(d.id));
    if (fresh.length === 0) return result;
    for (const { id } of fresh) {
      seen.add(id);
      if (options.signal?.aborted) return result;
      const claimedAt = now();
      const claim = await db.outboxMessage.updateMany({
        where: { id, ...dueWhere(claimedAt) },
        data: { status: "sending", leaseOwner: workerId, leaseUntil: new Date(claimedAt.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS)), attempts: { increment: 1 } },
      });
      if (claim.count === 0) continue; // another worker has it
      const message = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
      const mine = { id, leaseOwner: workerId, status: "sending" };
      try {
        await options.transport.sendMail({
          from: options.from,
          to: message.recipient,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          messageId: message.messageId,
          ...(options.bounceDomain ? { envelope: { from: await bounceAddress(message.id, options.bounceDomain), to: message.recipient } } : {}),
        });
        await db.outboxMessage.updateMany({ where: mine, data: { status: "sent", sentAt: now(), leaseOwner: null, leaseUntil: null, lastError: null, ...scrubbed } });
        result.sent++;
      } catch (error) {
        const failure = classifySendError(error);
        const at = now();
        const tooOld = at.getTime() - message.createdAt.getTime() > (options.maxAgeMs ?? DEFAULT_MAX_AGE_MS);
        if (failure.permanent || tooOld) {
          const reason = failure.permanent ? failure.reason : `放弃重试 (gave up after ${message.attempts} attempts): ${failure.reason}`;
          await db.outboxMessage.updateMany({ where: mine, data: { status: "failed", lastError: reason, leaseOwner: null, leaseUntil: null, ...scrubbed } });
          result.failed++;
        } else {
          const delay = retryDelay(message.attempts, options.backoff ?? DEFAULT_BACKOFF, options.random);
          await db.outboxMessage.updateMany({
            where: mine,
            data: { status: "queued", nextAttemptAt: new Date(at.getTime() + delay), lastError: failure.reason, leaseOwner: null, leaseUntil: null },
          });
          result.retried++;
        }
        if (failure.serverUnavailable) {
          result.serverUnavailable = true;
          return result;
        }
      }
    }
  }
}
