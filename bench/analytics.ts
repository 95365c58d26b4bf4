import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { closeDatabase, getDb } from "../lib/db/client";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { migrateDatabase } from "../lib/db/migrate";
import { resetEnvCache } from "../lib/env";
import { RESPONSE_QUESTION } from "../lib/responses/derive-tallies";
import { listQuestions } from "../lib/surveys/list-questions";
import { ensureProductionBuild } from "../scripts/lib/ensure-build";
import { spawnServer } from "../scripts/lib/spawn-server";
import { benchToken } from "./bench-token";
import { createHttpClient } from "./http-client";
import type { Benchmark } from "./registry";
import { waitForServer } from "./wait-for-server";

// A city administrator's API token, made in the benchmark database before the server starts.
let TOKEN = "";

const vm = (pid: number, key: "VmRSS" | "VmHWM") => Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number) => Number(n.toFixed(1));

/**
 * Sequential GETs: p50 and p95 in ms, of a warm server. The first hundred requests are not timed:
 * V8 compiles a route's code with its optimizing tiers over the first few hundred calls, and a
 * server in use has long passed them (the first 1,000 school summaries had a p95 ~30% above the
 * next 2,000).
 */
async function timeGets(url: string, n: number): Promise<{ p50: number; p95: number; status: number }> {
  const headers = { authorization: `Bearer ${TOKEN}` };
  const { origin, pathname, search } = new URL(url);
  const client = createHttpClient(origin);
  let status = 0;
  for (let i = 0; i < 100; i++) await client.get(pathname + search, headers);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    status = (await client.get(pathname + search, headers)).status;
    times.push(performance.now() - t);
  }
  client.close();
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), status };
}

/** Compute on read, as Formbricks does: load every response in scope, count answers in JavaScript. */
async function baseline(surveyId: string, schoolIds: string[] | null, runs: number): Promise<{ p50: number; p95: number }> {
  const db = await getDb();
  const versions = await db.surveyVersion.findMany({ where: { surveyId }, select: { json: true } });
  const questions = listQuestions(versions[0]!.json);
  const times: number[] = [];
  // One untimed run, as the summaries are timed warm: it reads the table into the page cache.
  for (let i = -1; i < runs; i++) {
    const t = performance.now();
    const rows = await db.response.findMany({ where: { surveyId, ...(schoolIds ? { schoolId: { in: schoolIds } } : {}) }, select: { data: true } });
    const counts = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const data = r.data as Record<string, unknown>;
      for (const q of questions) {
        const v = data[q.name];
        if (v === undefined) continue;
        let m = counts.get(q.name);
        if (!m) counts.set(q.name, (m = new Map()));
        const values = Array.isArray(v) ? v.map(String) : typeof v === "object" && v !== null ? Object.entries(v).map(([k, x]) => `${k}=${String(x)}`) : [String(v)];
        for (const x of values) m.set(x, (m.get(x) ?? 0) + 1);
      }
    }
    if (i >= 0) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

async function timeExport(url: string, pid: number): Promise<{ rows: number; seconds: number; mb: number; rssBeforeMb: number; peakRssMb: number }> {
  const before = vm(pid, "VmRSS");
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, vm(pid, "VmRSS"))), 100);
  const t = performance.now();
  // The keep-alive socket of the summaries idled while the baseline ran; the server may have closed it.
  const get = () => fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  const res = await get().catch(get);
  if (res.status !== 200) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(sampler);
  // Lines, not rows: quoted free text may hold line breaks; the synthesizer writes none.
  return { rows: lines - 1, seconds: round((performance.now() - t) / 1000), mb: round(bytes / 1e6), rssBeforeMb: before, peakRssMb: peak };
}

async function run(provider: string, databaseUrl: string, responses: number, requests: number, seed: boolean) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", DATABASE_POOL_SIZE: "4" };
  if (seed) {
    const t = Date.now();
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts", "--responses", String(responses)], { env, stdio: "inherit" });
    if (seeded.status !== 0) throw new Error("seeding failed");
    console.log(`seeded ${responses} responses on ${provider} in ${Math.round((Date.now() - t) / 1000)} s`);
  } else {
    // A kept database gets the migrations (indexes) added since it was seeded.
    await migrateDatabase(resolveDatabaseUrl(databaseUrl));
  }
  if (provider === "postgresql") {
    // A million tally upserts leave each Tally row with ~15 dead versions (422,262 dead to 27,703
    // live after seeding), which a summary's scan wades through. A production cluster's autovacuum
    // clears them within minutes; this machine's PostgreSQL runs with autovacuum off.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`VACUUM (ANALYZE) "Tally", "DailyCount", "Response"`);
    await client.end();
  }
  process.env.DATABASE_URL = databaseUrl;
  resetEnvCache();
  const db = await getDb();
  TOKEN = await benchToken();
  const survey = await db.survey.findFirstOrThrow({ where: { title: { contains: "家长" } }, select: { id: true, versions: { select: { id: true } } } });
  const perSchool = await db.tally.groupBy({ by: ["schoolId"], where: { versionId: { in: survey.versions.map((v) => v.id) }, question: RESPONSE_QUESTION }, _sum: { count: true } });
  const biggest = perSchool.sort((a, b) => (b._sum.count ?? 0) - (a._sum.count ?? 0))[0]!;
  const school = await db.orgUnit.findUniqueOrThrow({ where: { id: biggest.schoolId }, select: { code: true } });
  const total = await db.response.count();
  const surveys = await db.survey.findMany({ select: { id: true } });
  const port = 4100 + Math.floor(Math.random() * 100);
  const server = spawnServer({ env: { ...env, PORT: String(port) }, stdio: "ignore" });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitForServer(`${origin}/api/health`, server);
    const base = `${origin}/api/surveys/${survey.id}`;
    // The floor: an authenticated route that reads nothing but the token (Next.js + authentication).
    const floor = await timeGets(`${origin}/api/me`, requests);
    const schoolSummary = await timeGets(`${base}/summary?org=${encodeURIComponent(school.code)}`, requests);
    const citySummary = await timeGets(`${base}/summary`, requests);
    if (schoolSummary.status !== 200 || citySummary.status !== 200) throw new Error("summary did not answer 200");
    const schoolBaseline = await baseline(survey.id, [biggest.schoolId], 10);
    const cityBaseline = await baseline(survey.id, null, 3);
    await closeDatabase();
    const exports = [];
    for (const s of surveys) exports.push(await timeExport(`${origin}/api/surveys/${s.id}/export?format=csv`, server.pid!));
    const exported = { rows: exports.reduce((n, e) => n + e.rows, 0), seconds: round(exports.reduce((n, e) => n + e.seconds, 0)), mb: round(exports.reduce((n, e) => n + e.mb, 0)), rssBeforeMb: exports[0]!.rssBeforeMb, peakRssMb: Math.max(...exports.map((e) => e.peakRssMb)), serverHwmMb: vm(server.pid!, "VmHWM") };
    const figures = {
      provider,
      responses: total,
      authenticatedFloor: { p50Ms: floor.p50, p95Ms: floor.p95 },
      school: { responses: biggest._sum.count, summaryP50Ms: schoolSummary.p50, summaryP95Ms: schoolSummary.p95, baselineP95Ms: schoolBaseline.p95, ratio: Math.round(schoolBaseline.p95 / schoolSummary.p95) },
      city: { responses: perSchool.reduce((n, s) => n + (s._sum.count ?? 0), 0), summaryP50Ms: citySummary.p50, summaryP95Ms: citySummary.p95, baselineP95Ms: cityBaseline.p95, ratio: Math.round(cityBaseline.p95 / citySummary.p95) },
      exportCsv: exported,
    };
    console.log(JSON.stringify(figures, null, 2));
    return figures;
  } finally {
    server.kill("SIGTERM");
    await closeDatabase();
  }
}

export const analyticsBenchmark: Benchmark = {
  name: "analytics",
  description: "p95 of a school's and the city's summary over HTTP vs compute-on-read; CSV export of every response (time, server RSS)",
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        responses: { type: "string", default: "1000000" },
        pg: { type: "boolean", default: false },
        requests: { type: "string", default: "1000" },
        db: { type: "string" },
        "pg-db": { type: "string" },
        "skip-sqlite": { type: "boolean", default: false },
      },
    });
    const n = Number(values.responses);
    if (!(await ensureProductionBuild())) throw new Error("next build failed");
    const results = [];
    // --db FILE keeps a seeded SQLite database between runs (seeded when the file is new).
    const dir = mkdtempSync(path.join(os.tmpdir(), "wence-analytics-"));
    try {
      const file = values.db ? path.resolve(values.db) : path.join(dir, "bench.db");
      if (!values["skip-sqlite"]) results.push(await run("sqlite", `file:${file}`, n, Number(values.requests), !existsSync(file)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (values.pg) {
      // --pg-db NAME keeps a seeded PostgreSQL database between runs (seeded when it is new).
      const kept = values["pg-db"];
      if (kept !== undefined && !/^[a-z_][a-z0-9_]*$/.test(kept)) throw new Error("--pg-db must be a plain lower-case name");
      const name = kept ?? "wence_bench_analytics";
      const adminUrl = process.env.WENCE_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
      if (!kept || !exists) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${name}`);
      }
      try {
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        results.push(await run("postgresql", url.toString(), n, Number(values.requests), !kept || !exists));
      } finally {
        if (!kept) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    }
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/analytics.json", JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
  },
};
