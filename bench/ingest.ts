import { fork, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { closeDatabase, getDb } from "../lib/db/client";
import { createRandom } from "../lib/demo/random";
import { synthesizeAnswers } from "../lib/demo/synthesize-answers";
import { resetEnvCache } from "../lib/env";
import { compileValidator } from "../lib/responses/compile-validator";
import { findTemplate } from "../lib/surveys/templates";
import { launchChromium } from "../tests/helpers/browser";
import { closedLoop, openLoop, rssMb } from "./load";
import type { Benchmark } from "./registry";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** Valid answer sets for the parent questionnaire (20 questions), each used once. */
function payloads(count: number): string[] {
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

async function pageFigures(pageUrl: string, origin: string) {
  const html = await (await fetch(pageUrl)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let gzipped = 0;
  for (const src of new Set(scripts)) gzipped += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    const cdp = await page.context().newCDPSession(page);
    // A mid-range phone on a slow 4G link: 4× slower CPU, 150 ms RTT, 1.6 Mbit/s down.
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const started = Date.now();
    await page.goto(pageUrl, { waitUntil: "commit" });
    await page.locator(".sd-question__title").first().waitFor({ state: "visible" });
    const firstQuestionMs = Date.now() - started;
    await page.waitForLoadState("load");
    const interactiveMs = Date.now() - started;
    return { scriptsGzipKb: Math.round(gzipped / 1024), scripts: new Set(scripts).size, firstQuestionMs, loadMs: interactiveMs };
  } finally {
    await browser.close();
  }
}

export const ingestBenchmark: Benchmark = {
  name: "ingest",
  description: "submissions to a production server (SQLite) vs a raw node:http + better-sqlite3 baseline; respondent page weight and time to first question",
  async run(args) {
    const { values } = parseArgs({ args, options: { seconds: { type: "string", default: "20" }, rate: { type: "string", default: "500" } } });
    const seconds = Number(values.seconds);
    const rate = Number(values.rate);
    if (!existsSync(".next/BUILD_ID")) spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
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
    const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...env, PORT: String(port) }, stdio: "ignore" });
    const basePort = port + 100;
    const baseline = fork("bench/raw-baseline-server.ts", [path.join(dir, "baseline.db"), String(basePort)], { execArgv: ["--import", "tsx"], stdio: "ignore" });
    try {
      const origin = `http://127.0.0.1:${port}`;
      await waitFor(`${origin}/api/health`, server);
      await waitFor(`http://127.0.0.1:${basePort}/`, baseline);
      const wence = await measure("wence   ", links.map((l) => `${origin}/api/s/${l.code}/responses`), bodies, server.pid!, seconds, rate);
      const raw = await measure("baseline", [`http://127.0.0.1:${basePort}/r`], bodies.map((b) => b.replace(/"id":"[^"]+"/, `"id":"${randomUUID()}"`)), baseline.pid!, seconds, rate);
      const page = await pageFigures(`${origin}/s/${links[0]!.code}`, origin);
      const ratio = Number((wence.throughput.acceptedPerSecond / raw.throughput.acceptedPerSecond).toFixed(2));
      console.log(`ratio wence/baseline: ${ratio}; page: ${page.scriptsGzipKb} KB of gzipped JS in ${page.scripts} scripts, first question ${page.firstQuestionMs} ms, load ${page.loadMs} ms (slow 4G, 4× CPU)`);
      mkdirSync("bench/results", { recursive: true });
      const result: { wence: typeof wence; baseline: typeof raw; ratio: number; page: typeof page; at: string } = { wence, baseline: raw, ratio, page, at: new Date().toISOString() };
      writeFileSync("bench/results/ingest.json", JSON.stringify(result, null, 2));
    } finally {
      server.kill("SIGTERM");
      baseline.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

