import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDatabase } from "../lib/db/client";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { migrateDatabase } from "../lib/db/migrate";
import { resetEnvCache } from "../lib/env";
import { freshDatabase } from "../tests/helpers/fresh-database";
import { fuzzOrgImport } from "../tests/helpers/fuzz-org-csv";
import { fuzzSubmissions, type FuzzFigures } from "../tests/helpers/fuzz-submissions";
import { fuzzSurveyImport } from "../tests/helpers/fuzz-survey-json";
import { resetDatabase } from "../tests/helpers/reset-database";
import type { Benchmark } from "./registry";

const targets = { submissions: fuzzSubmissions, orgs: fuzzOrgImport, surveys: fuzzSurveyImport };

export const fuzzBenchmark: Benchmark = {
  name: "fuzz",
  description: "the CI fuzz properties at length: 100,000 cases per target (submission API, org CSV import, survey JSON import) on SQLite; --pg on PostgreSQL too, --pg-only on PostgreSQL alone; --target submissions|orgs|surveys",
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        runs: { type: "string", default: "100000" },
        seed: { type: "string", default: String(Date.now() % 1_000_000) },
        target: { type: "string", default: "all" },
        pg: { type: "boolean", default: false },
        "pg-only": { type: "boolean", default: false },
      },
    });
    const numRuns = Number(values.runs);
    const seed = Number(values.seed);
    const chosen = Object.entries(targets).filter(([name]) => values.target === "all" || values.target === name);
    console.log(`seed ${seed} (repeat with --seed ${seed})`);
    const figures: (FuzzFigures & { provider: string })[] = [];
    const providers = values["pg-only"] ? (["postgresql"] as const) : values.pg ? (["sqlite", "postgresql"] as const) : (["sqlite"] as const);
    for (const provider of providers) {
      const db = await freshDatabase(provider);
      try {
        await migrateDatabase(resolveDatabaseUrl(db.url));
        process.env.DATABASE_URL = db.url;
        process.env.DATABASE_POOL_SIZE = "5";
        resetEnvCache();
        for (const [name, fuzz] of chosen) {
          await resetDatabase();
          try {
            const f = await fuzz({ numRuns, seed });
            figures.push({ provider, ...f });
            console.log(`${provider} ${name}: ${f.cases} cases in ${f.seconds} s, outcomes ${JSON.stringify(f.outcomes)}`);
          } catch (e) {
            console.error(`✖ ${provider} ${name}: ${(e as Error).message}`);
            process.exitCode = 1;
          }
        }
      } finally {
        await closeDatabase();
        await db.drop();
      }
    }
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/fuzz-${providers.join("-")}-${values.target}.json`, JSON.stringify({ at: new Date().toISOString(), seed, figures }, null, 2));
  },
};
