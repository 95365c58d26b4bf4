// `npm run db:migration -- <name>`: after editing prisma/schema.prisma, writes the SQLite and the
// PostgreSQL migration for the change, then regenerates both clients.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createMigration } from "../lib/db/create-migration";
import { scratchPostgres } from "./lib/scratch-postgres";

const name = process.argv[2];
if (!name) {
  console.error("usage: npm run db:migration -- <name>   (lower-case, e.g. add_device_tokens)");
  process.exit(2);
}
// The schema engine connects even to diff two schemas; nothing is read from or written to the
// server. Without a local one, an embedded PGlite stands in.
const server = await scratchPostgres(process.env.WENCE_MIGRATION_PG_URL);
const folders = await createMigration(name, server.url).finally(server.stop);
if (folders.length === 0) console.log("The schema has not changed since the last migration: nothing written.");
for (const f of folders) console.log(`wrote ${path.relative(process.cwd(), f)}/migration.sql`);
execFileSync(process.execPath, ["--import", "tsx", "scripts/db-generate.ts"], { stdio: "inherit" });
