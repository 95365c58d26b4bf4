import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDatabase, getDb } from "../lib/db/client";
import { resetEnvCache } from "../lib/env";
import { ensureProductionBuild } from "../scripts/lib/ensure-build";
import { spawnServer } from "../scripts/lib/spawn-server";
import { freshDatabase } from "../tests/helpers/fresh-database";
import { benchToken } from "./bench-token";
import { payloads } from "./ingest";
import { closeLoadConnections, openLoop, rssMb, type LoadResult } from "./load";
import type { Benchmark } from "./registry";
import { waitForServer } from "./wait-for-server";

interface ReadSample {
  ms: number;
  ok: boolean;
}

interface Minute {
  minute: number;
  submissions: LoadResult;
  reads: { count: number; failed: number; p50Ms: number; p99Ms: number };
  /** Server RSS sampled every 5 s during the minute. */
  rssMb: number[];
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
const round = (n: number) => Number(n.toFixed(1));

/**
 * Analytics reads at a fixed rate beside the submissions, as analysts and the bureau would read
 * while a campaign runs: a school's, a district's and the city's summary and the participation view.
 */
function startReads(urls: string[], perSecond: number, token: string): { take(): ReadSample[]; stop(): Promise<void> } {
  let samples: ReadSample[] = [];
  const inFlight = new Set<Promise<void>>();
  let i = 0;
  const timer = setInterval(() => {
    const url = urls[i++ % urls.length]!;
    const started = performance.now();
    const request = fetch(url, { headers: { authorization: `Bearer ${token}` } })
      .then(async (res) => {
        await res.arrayBuffer();
        samples.push({ ms: performance.now() - started, ok: res.status === 200 });
      })
      .catch(() => void samples.push({ ms: performance.now() - started, ok: false }))
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  }, 1000 / perSecond);
  return {
    take: () => {
      const taken = samples;
      samples = [];
      return taken;
    },
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
    },
  };
}

async function soak(provider: "sqlite" | "postgresql", minutes: number, warmup: number, rate: number, readsPerSecond: number) {
  const db = await freshDatabase(provider);
  try {
    const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production" as const, WENCE_SUBMIT_LIMIT: "100000000", NEXT_TELEMETRY_DISABLED: "1" };
    // Some answers already in, so the reads have tallies to add up.
    if (spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts", "--responses", "20000"], { env, stdio: "inherit" }).status !== 0) throw new Error("seeding failed");
    process.env.DATABASE_URL = db.url;
    resetEnvCache();
    const prisma = await getDb();
    const survey = await prisma.survey.findFirstOrThrow({ where: { title: { contains: "家长" } }, select: { id: true } });
    const links = await prisma.distributionLink.findMany({ where: { surveyId: survey.id, audience: "parent" }, select: { code: true, school: { select: { code: true, parent: { select: { code: true } } } } } });
    await prisma.survey.updateMany({ data: { onePerDevice: false } });
    const before = await prisma.response.count();
    const token = await benchToken();
    await closeDatabase();

    // Each body is sent once; its id is replaced, so one answer set can stand for many respondents.
    const bodies = payloads(5_000);
    let sent = 0;
    const port = 4300 + Math.floor(Math.random() * 100);
    const origin = `http://127.0.0.1:${port}`;
    const urls = links.map((l) => `${origin}/api/s/${l.code}/responses`);
    const next = (): [string, string] => {
      const body = bodies[sent % bodies.length]!.replace(/"id":"[^"]+"/, `"id":"${randomUUID()}"`);
      return [urls[sent++ % urls.length]!, body];
    };
    const base = `${origin}/api/surveys/${survey.id}`;
    const school = links[0]!.school;
    const readUrls = [`${base}/summary?org=${school.code}`, `${base}/summary?org=${encodeURIComponent(school.parent!.code)}`, `${base}/summary`, `${base}/participation`];

    const server = spawnServer({ env: { ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
    const serverErrors: string[] = [];
    server.stderr!.on("data", (chunk: Buffer) => serverErrors.push(chunk.toString()));
    const table: Minute[] = [];
    try {
      await waitForServer(`${origin}/api/health`, server);
      const reads = startReads(readUrls, readsPerSecond, token);
      for (let m = 1; m <= minutes; m++) {
        const rss: number[] = [];
        const sampler = setInterval(() => rss.push(rssMb(server.pid!)), 5_000);
        const submissions = await openLoop(next, rate, 60);
        clearInterval(sampler);
        rss.push(rssMb(server.pid!));
        const samples = reads.take();
        const times = samples.map((s) => s.ms).sort((a, b) => a - b);
        const row: Minute = {
          minute: m,
          submissions,
          reads: { count: samples.length, failed: samples.filter((s) => !s.ok).length, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) },
          rssMb: rss,
        };
        table.push(row);
        console.log(
          `${provider} minute ${m}: ${submissions.accepted} accepted (${JSON.stringify(submissions.statuses)}), p50 ${submissions.p50Ms} ms, p99 ${submissions.p99Ms} ms; ` +
            `reads ${row.reads.count} (${row.reads.failed} failed) p99 ${row.reads.p99Ms} ms; RSS ${Math.min(...rss)}–${Math.max(...rss)} MB`,
        );
      }
      await reads.stop();
      if (serverErrors.length > 0) console.log(`server stderr:\n${serverErrors.join("").slice(-4000)}`);
    } finally {
      closeLoadConnections();
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }

    process.env.DATABASE_URL = db.url;
    resetEnvCache();
    const stored = (await (await getDb()).response.count()) - before;
    await closeDatabase();
    const accepted = table.reduce((n, r) => n + r.submissions.accepted, 0);
    const errors = table.reduce((n, r) => n + r.submissions.failed + r.reads.failed, 0);
    const steady = table.slice(warmup);
    // Growth as a trend, not one sample against another: RSS swings with garbage collection, so
    // compare the median of the first two minutes after warm-up with that of the last two.
    const medianRss = (rows: Minute[]) => percentile(rows.flatMap((r) => r.rssMb).sort((a, b) => a - b), 50);
    const rssAfterWarmup = medianRss(steady.slice(0, 2));
    const rssEnd = medianRss(steady.slice(-2));
    const rssGrowth = (rssEnd - rssAfterWarmup) / rssAfterWarmup;
    const p99s = steady.map((r) => r.submissions.p99Ms).sort((a, b) => a - b);
    // Stable: no minute after warm-up more than twice the median minute's p99.
    const p99Spread = p99s.at(-1)! / percentile(p99s, 50);
    const summary = {
      provider, minutes, rate, readsPerSecond, accepted, stored, errors, rssAfterWarmupMb: rssAfterWarmup, rssEndMb: rssEnd, rssPeakMb: Math.max(...steady.flatMap((r) => r.rssMb)),
      rssGrowthPercent: round(rssGrowth * 100), p99MinMs: p99s[0]!, p99MedianMs: percentile(p99s, 50), p99MaxMs: p99s.at(-1)!, p99Spread: round(p99Spread),
      holds: errors === 0 && stored === accepted && rssGrowth < 0.1 && p99Spread <= 2,
    };
    console.log(summary);
    return { summary, table };
  } finally {
    await db.drop();
  }
}

export const soakBenchmark: Benchmark = {
  name: "soak",
  description: "minutes of submissions at a steady rate with analytics reads beside them: errors, RSS growth after warm-up, p99 per minute (default 10 min at 300/s; --pg also on PostgreSQL)",
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        minutes: { type: "string", default: "10" },
        "warmup-minutes": { type: "string", default: "1" },
        rate: { type: "string", default: "300" },
        reads: { type: "string", default: "4" },
        pg: { type: "boolean", default: false },
        "skip-sqlite": { type: "boolean", default: false },
      },
    });
    const [minutes, warmup, rate, reads] = [values.minutes, values["warmup-minutes"], values.rate, values.reads].map(Number) as [number, number, number, number];
    if (!(minutes >= warmup + 2 && warmup >= 1)) throw new Error("--minutes must be at least --warmup-minutes + 2, and the warm-up at least 1");
    if (!(await ensureProductionBuild())) throw new Error("next build failed");
    const providers = [...(values["skip-sqlite"] ? [] : (["sqlite"] as const)), ...(values.pg ? (["postgresql"] as const) : [])];
    const results = [];
    for (const provider of providers) results.push(await soak(provider, minutes, warmup, rate, reads));
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/soak.json", JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
    const failed = results.filter((r) => !r.summary.holds);
    if (failed.length > 0) throw new Error(`soak: does not hold on ${failed.map((r) => r.summary.provider).join(", ")}`);
  },
};
