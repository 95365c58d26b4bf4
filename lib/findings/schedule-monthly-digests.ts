import { getDb } from "../db/client";
import { requestDelivery } from "../mail/delivery-loop";
import { enqueueMonthlyDigests } from "./enqueue-monthly-digests";

export interface DigestSchedule {
  stop(): void;
}

/**
 * Checks at start and then every hour whether this month's digests are queued, and queues those
 * missing (so a server that was down on the 1st catches up when it starts). Several processes may
 * run it: the outbox's unique keys keep each digest to one mail.
 */
export function scheduleMonthlyDigests(options: { origin: string; intervalMs?: number; onError?: (e: unknown) => void }): DigestSchedule {
  const { origin, intervalMs = 60 * 60_000, onError = (e) => console.error("[mail] monthly digest check failed", e) } = options;
  const tick = async () => {
    try {
      const run = await enqueueMonthlyDigests(await getDb(), { now: new Date(), origin });
      if (run.queued > 0) requestDelivery();
    } catch (e) {
      onError(e);
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
