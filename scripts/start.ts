// `npm start`: builds if needed, migrates, seeds the demo on an empty database (unless
// WENCE_DEMO=0), then serves the production build. `--dev` serves the development server.
import { closeDatabase, getDb } from "../lib/db/client";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { migrateDatabase } from "../lib/db/migrate";
import { ensureDemoAdmin } from "../lib/demo/ensure-demo-admin";
import { seedDemo } from "../lib/demo/seed-demo";
import { backfillTextAnswers } from "../lib/text/backfill-text-answers";
import { env } from "../lib/env";
import { ensureProductionBuild } from "./lib/ensure-build";
import { spawnServer } from "./lib/spawn-server";

const dev = process.argv.includes("--dev");

if (!dev && !(await ensureProductionBuild())) process.exit(1);

const config = env();
const target = resolveDatabaseUrl(config.DATABASE_URL);
const applied = await migrateDatabase(target);
if (applied.length > 0) console.log(`Applied ${applied.length} migration(s) to ${target.provider}.`);
if (config.WENCE_DEMO !== false) {
  const demo = await seedDemo({ responses: 3000 });
  if (demo.seeded) console.log(`Seeded demo data: 扬州市, ${demo.schools} schools, ${demo.responses} responses.`);
  const admin = await ensureDemoAdmin();
  if (admin) console.log(`Demo administrator: ${admin.email} / ${admin.password}  (change the password under 我的账号 on a real installation)`);
}
// Responses stored before free text was scrubbed at submission are scrubbed once (decision 014).
const backfilled = await backfillTextAnswers(await getDb());
if (backfilled > 0) console.log(`Scrubbed the free text of ${backfilled} earlier response(s).`);
await closeDatabase();

console.log(`Wence on ${target.provider === "sqlite" ? `SQLite (${target.url.slice(5)})` : "PostgreSQL"}: http://localhost:${config.PORT}`);
const server = spawnServer({ dev, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: dev ? "development" : "production" } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
