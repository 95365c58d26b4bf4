import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCrashTest, type CrashFigures } from "../tests/helpers/crash-harness";
import { freshDatabase } from "../tests/helpers/fresh-database";
import type { Benchmark } from "./registry";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

function failures(f: CrashFigures): string[] {
  const bad: [string, boolean][] = [
    ["responses lost", f.lost > 0],
    ["responses duplicated", f.duplicated > 0],
    ["stored responses never acknowledged", f.unacknowledged > 0],
    ["stored answers altered", f.altered > 0],
    ["device rows without a response", f.deviceRowsWithoutResponse !== 0],
    ["tally mismatches", f.mismatches > 0],
    ["re-sends not answered 200", f.resendsNot200 > 0],
    ["valid submissions rejected", f.rejected > 0],
    [`5xx answers (${f.serverLog[0]?.split("\n")[0] ?? ""})`, f.serverErrors > 0],
    [`integrity: ${f.integrity}`, f.integrity !== "ok"],
  ];
  return bad.filter(([, failed]) => failed).map(([what]) => `${f.provider}: ${what}`);
}

export const crashBenchmark: Benchmark = {
  name: "crash",
  description: "SIGKILL the production server at random moments under load (default 20 kills, SQLite; --pg PostgreSQL too); every acknowledged response must be stored exactly once",
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        kills: { type: "string", default: "20" },
        clients: { type: "string", default: "16" },
        seed: { type: "string", default: String(Date.now() % 1_000_000) },
        "max-gap-ms": { type: "string", default: "2500" },
        pg: { type: "boolean", default: false },
      },
    });
    if (!existsSync(".next/BUILD_ID")) spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
    const options = { kills: Number(values.kills), clients: Number(values.clients), seed: Number(values.seed), maxGapMs: Number(values["max-gap-ms"]), log: (line: string) => console.log(`  ${line}`) };
    console.log(`seed ${options.seed} (repeat with --seed ${options.seed})`);
    const figures: CrashFigures[] = [];
    for (const provider of values.pg ? (["sqlite", "postgresql"] as const) : (["sqlite"] as const)) {
      const db = await freshDatabase(provider);
      try {
        console.log(`${provider}:`);
        figures.push(await runCrashTest({ ...options, databaseUrl: db.url }));
      } finally {
        await db.drop();
      }
    }
    console.table(figures.map(({ provider, kills, inFlightAtKills, accepted, storedBeforeKill, resends, serverErrors, lost, duplicated, unacknowledged, mismatches, integrity, seconds }) => ({ provider, kills, inFlightAtKills, accepted, storedBeforeKill, resends, serverErrors, lost, duplicated, unacknowledged, mismatches, integrity, seconds })));
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/crash.json", JSON.stringify({ at: new Date().toISOString(), seed: options.seed, figures }, null, 2));
    const problems = figures.flatMap(failures);
    if (problems.length > 0) {
      console.error(`✖ crash test failed: ${problems.join(", ")}`);
      process.exitCode = 1;
    }
  },
};
