import { createMailTransport } from "./create-transport";
import { deliverOutbox, type DeliveryOptions } from "./deliver-outbox";
import type { MailConfig } from "./mail-config";

export interface DeliveryLoop {
  /** Finishes the message being sent (its lease covers it otherwise), then resolves. */
  stop(): Promise<void>;
}

export interface DeliveryLoopOptions extends Omit<DeliveryOptions, "transport" | "from" | "bounceDomain" | "signal"> {
  config: MailConfig;
  /** Pause between passes when nothing failed. */
  intervalMs?: number;
  /** Longest pause while the server is unavailable (the pause doubles from intervalMs). */
  maxPauseMs?: number;
  onError?: (error: unknown) => void;
}

const globalLoop = globalThis as unknown as { wenceWakeDelivery?: () => void };

/** Asks the running delivery loop (if this process has one) to look at the outbox now. */
export function requestDelivery(): void {
  globalLoop.wenceWakeDelivery?.();
}

/**
 * Runs delivery passes until stopped: every intervalMs, at once when requestDelivery() is called
 * after an enqueue commits, and with a doubling pause while the server is unavailable.
 */
export function startDeliveryLoop(options: DeliveryLoopOptions): DeliveryLoop {
  const { config, intervalMs = 5_000, maxPauseMs = 5 * 60_000, onError = (e) => console.error("[mail] delivery pass failed", e), ...delivery } = options;
  const abort = new AbortController();
  // A wake-up that arrives during a pass shortens the next pause to nothing.
  let woken = false;
  let wake: () => void = () => {
    woken = true;
  };
  let pause = intervalMs;
  globalLoop.wenceWakeDelivery = () => wake();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken) {
        woken = false;
        resolve();
        return;
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = () => {
          woken = true;
        };
        resolve();
      }
      wake = done;
    });

  const run = async () => {
    while (!abort.signal.aborted) {
      const transport = createMailTransport(config.smtpUrl);
      try {
        const result = await deliverOutbox({ ...delivery, transport, from: config.from, bounceDomain: config.bounceDomain, signal: abort.signal });
        pause = result.serverUnavailable ? Math.min(maxPauseMs, pause * 2) : intervalMs;
      } catch (e) {
        onError(e);
        pause = Math.min(maxPauseMs, pause * 2);
      } finally {
        transport.close();
      }
      if (!abort.signal.aborted) await sleep(pause);
    }
  };
  const running = run();
  return {
    stop: async () => {
      abort.abort();
      wake();
      if (globalLoop.wenceWakeDelivery) globalLoop.wenceWakeDelivery = undefined;
      await running;
    },
  };
}
