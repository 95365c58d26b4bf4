import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Benchmark } from "./registry";

interface SeedFigures {
  provider: string;
  responses: number;
  seconds: number;
  responsesPerSecond: number;
  peakRssMb: number;
}

/** Runs `npm run db:seed -- --responses N` in a child process against a fresh database. */
function timeSeed(databaseUrl: string, responses: number, provider: string): SeedFigures {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts", "--responses", String(responses)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: "2" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`db:seed failed on ${provider}:\n${result.stdout}`);
  process.stdout.write(result.stdout);
  const rss = /peak RSS (\d+) MB/.exec(result.stdout)?.[1];
  return { provider, responses, seconds: Number(seconds.toFixed(1)), responsesPerSecond: Math.round(responses / seconds), peakRssMb: Number(rss ?? NaN) };
}

export const seedBenchmark: Benchmark = {
  name: "seed",
  description: "db:seed --responses N on a fresh database (default 1,000,000; --pg also on PostgreSQL)",
  async run(args) {
    const { values } = parseArgs({ args, options: { responses: { type: "string", default: "1000000" }, pg: { type: "boolean", default: false } } });
    const n = Number(values.responses);
    const figures: SeedFigures[] = [];
    const dir = mkdtempSync(path.join(os.tmpdir(), "wence-bench-"));
    try {
      figures.push(timeSeed(`file:${path.join(dir, "bench.db")}`, n, "sqlite"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (values.pg) {
      const adminUrl = process.env.WENCE_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query("DROP DATABASE IF EXISTS wence_bench");
      await admin.query("CREATE DATABASE wence_bench");
      try {
        const url = new URL(adminUrl);
        url.pathname = "/wence_bench";
        figures.push(timeSeed(url.toString(), n, "postgresql"));
      } finally {
        await admin.query("DROP DATABASE IF EXISTS wence_bench WITH (FORCE)");
        await admin.end();
      }
    }
    console.table(figures);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/seed.json`, JSON.stringify({ at: new Date().toISOString(), figures }, null, 2));
  },
};
