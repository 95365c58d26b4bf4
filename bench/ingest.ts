import { fork, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDatabase, getDb } from "../lib/db/client";
import { createRandom } from "../lib/demo/random";
import { synthesizeAnswers } from "../lib/demo/synthesize-answers";
import { resetEnvCache } from "../lib/env";
import { compileValidator } from "../lib/responses/compile-validator";
import { findTemplate } from "../lib/surveys/templates";
import { ensureProductionBuild } from "../scripts/lib/ensure-build";
import { spawnServer } from "../scripts/lib/spawn-server";
import { closedLoop, closeLoadConnections, openLoop, rssMb } from "./load";
import { describePage, measureRespondentPage } from "./page";
import type { Benchmark } from "./registry";
import { waitForServer } from "./wait-for-server";

/** Valid answer sets for the parent questionnaire (20 questions), each with its own submission id. */
export function payloads(count: number): string[] {
  const json = findTemplate("parent")!.json;
  const validator = compileValidator(json);
  const random = createRandom(11);
  const out: string[] = [];
  while (out.length < count) {
    const result = validator.validate(synthesizeAnswers(json, random, random.next()));
    if (result.ok) out.push(JSON.stringify({ id: randomUUID(), data: result.data }));
  }
  return out;
}

async function measure(label: string, urls: string[], bodies: string[], pid: number, seconds: number, rate: number) {
  let i = 0;
  const next = (): [string, string] => [urls[i % urls.length]!, bodies[i++ % bodies.length]!];
  await closedLoop(next, 8, 3); // warm-up: JIT, caches, connections
  const throughput = await closedLoop(next, 32, seconds);
  const latency = await openLoop(next, rate, seconds);
  const rss = rssMb(pid);
  console.log(`${label}: ${throughput.acceptedPerSecond}/s sustained (p99 ${throughput.p99Ms} ms); at ${rate}/s p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms; RSS ${rss} MB`);
  return { throughput, latency, rssMb: rss };
}

export const ingestBenchmark: Benchmark = {
  name: "ingest",
  description: "submissions to a production server (SQLite) vs a raw node:http + better-sqlite3 baseline; respondent page weight and time to first question",
  async run(args) {
    const { values } = parseArgs({ args, options: { seconds: { type: "string", default: "20" }, rate: { type: "string", default: "500" } } });
    const seconds = Number(values.seconds);
    const rate = Number(values.rate);
    if (!(await ensureProductionBuild())) throw new Error("next build failed");
    const dir = mkdtempSync(path.join(os.tmpdir(), "wence-ingest-"));
    const databaseUrl = `file:${path.join(dir, "wence.db")}`;
    const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" as const, WENCE_SUBMIT_LIMIT: "100000000", NEXT_TELEMETRY_DISABLED: "1" };
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts", "--responses", "0"], { env, stdio: "inherit" });
    if (seeded.status !== 0) throw new Error("seeding failed");

    process.env.DATABASE_URL = databaseUrl;
    resetEnvCache();
    const db = await getDb();
    const links = await db.distributionLink.findMany({ where: { audience: "parent", survey: { title: { contains: "家长" } } }, select: { code: true } });
    await db.survey.updateMany({ data: { onePerDevice: false } });
    await closeDatabase();
    const bodies = payloads(Math.max(20_000, (seconds * 2 + 5) * 1500));

    const port = 3900 + Math.floor(Math.random() * 50);
    const server = spawnServer({ env: { ...env, PORT: String(port) }, stdio: "ignore" });
    const basePort = port + 100;
    const baseline = fork("bench/raw-baseline-server.ts", [path.join(dir, "baseline.db"), String(basePort)], { execArgv: ["--import", "tsx"], stdio: "ignore" });
    try {
      const origin = `http://127.0.0.1:${port}`;
      await waitForServer(`${origin}/api/health`, server);
      await waitForServer(`http://127.0.0.1:${basePort}/`, baseline);
      const wence = await measure("wence   ", links.map((l) => `${origin}/api/s/${l.code}/responses`), bodies, server.pid!, seconds, rate);
      const raw = await measure("baseline", [`http://127.0.0.1:${basePort}/r`], bodies.map((b) => b.replace(/"id":"[^"]+"/, `"id":"${randomUUID()}"`)), baseline.pid!, seconds, rate);
      const page = await measureRespondentPage(`${origin}/s/${links[0]!.code}`);
      const ratio = Number((wence.throughput.acceptedPerSecond / raw.throughput.acceptedPerSecond).toFixed(2));
      console.log(`ratio wence/baseline: ${ratio}; page: ${describePage(page)}`);
      mkdirSync("bench/results", { recursive: true });
      const result: { wence: typeof wence; baseline: typeof raw; ratio: number; page: typeof page; at: string } = { wence, baseline: raw, ratio, page, at: new Date().toISOString() };
      writeFileSync("bench/results/ingest.json", JSON.stringify(result, null, 2));
    } finally {
      closeLoadConnections();
      server.kill("SIGTERM");
      baseline.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

