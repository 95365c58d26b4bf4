// `npm start`: builds if needed, migrates, seeds the demo on an empty database (unless
// WENCE_DEMO=0), then serves the production build. `--dev` serves the development server.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { closeDatabase } from "../lib/db/client";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { migrateDatabase } from "../lib/db/migrate";
import { ensureDemoAdmin } from "../lib/demo/ensure-demo-admin";
import { seedDemo } from "../lib/demo/seed-demo";
import { env } from "../lib/env";

const dev = process.argv.includes("--dev");
const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** Newest modification time under the folders a build depends on. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name === "node_modules") continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "prisma"]) if (existsSync(dir)) walk(dir);
  for (const file of ["next.config.mjs", "package.json"]) if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

if (!dev) {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource()) {
    console.log("Building Wence (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

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
await closeDatabase();

console.log(`Wence on ${target.provider === "sqlite" ? `SQLite (${target.url.slice(5)})` : "PostgreSQL"}: http://localhost:${config.PORT}`);
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: dev ? "development" : "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
