import { readFileSync } from "node:fs";
import { createHttpClient } from "./http-client";

export interface LoadResult {
  sent: number;
  accepted: number;
  failed: number;
  seconds: number;
  acceptedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses by status code ("error": no response). */
  statuses: Record<string, number>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const clients = new Map<string, ReturnType<typeof createHttpClient>>();

/** Closes the load generator's keep-alive connections (between phases, at the end). */
export function closeLoadConnections() {
  for (const c of clients.values()) c.close();
  clients.clear();
}

async function send(url: string, body: string, latencies: number[], statuses: Record<string, number>): Promise<boolean> {
  const started = performance.now();
  try {
    const { origin, pathname } = new URL(url);
    let client = clients.get(origin);
    if (!client) clients.set(origin, (client = createHttpClient(origin)));
    const res = await client.post(pathname, body);
    latencies.push(performance.now() - started);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    return res.status === 201;
  } catch {
    statuses.error = (statuses.error ?? 0) + 1;
    return false;
  }
}

/**
 * Closed loop: `concurrency` clients send back to back for `seconds` (maximum sustained
 * throughput). `next()` hands out a URL and a body, each used once.
 */
export async function closedLoop(next: () => [string, string], concurrency: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let accepted = 0;
  let failed = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const [url, body] = next();
        if (await send(url, body, latencies, statuses)) accepted++;
        else failed++;
      }
    }),
  );
  return summarise(latencies, statuses, accepted, failed, (performance.now() - started) / 1000);
}

/** Open loop: requests start at a fixed rate whatever the latency (latency under a given load). */
export async function openLoop(next: () => [string, string], perSecond: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let accepted = 0;
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  const total = perSecond * seconds;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const [url, body] = next();
    inFlight.push(send(url, body, latencies, statuses).then((ok) => void (ok ? accepted++ : failed++)));
  }
  await Promise.all(inFlight);
  return summarise(latencies, statuses, accepted, failed, (performance.now() - started) / 1000);
}

function summarise(latencies: number[], statuses: Record<string, number>, accepted: number, failed: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    sent: accepted + failed,
    accepted,
    failed,
    seconds: Number(seconds.toFixed(1)),
    acceptedPerSecond: Math.round(accepted / seconds),
    p50Ms: Number(percentile(sorted, 50).toFixed(1)),
    p99Ms: Number(percentile(sorted, 99).toFixed(1)),
    statuses,
  };
}

/** Resident memory of a process, in MB (Linux). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Math.round(Number(kb) / 1024);
}
