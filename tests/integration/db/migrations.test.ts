import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, database } from "@/lib/db/client";
import { createMigration } from "@/lib/db/create-migration";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { listMigrations, migrateDatabase } from "@/lib/db/migrate";
import { projectRoot } from "@/lib/db/schema-files";
import { scratchPostgres, type ScratchPostgres } from "@/scripts/lib/scratch-postgres";

describe("migrations", () => {
  it("are all recorded as applied, and applying again does nothing", async () => {
    const { target } = await database();
    // Migrations run before the app opens the database (SQLite refuses them beside an open writer).
    await closeDatabase();
    expect(await migrateDatabase(target)).toEqual([]);
    const { db } = await database();
    const applied = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    expect(applied.map((m) => m.migration_name)).toEqual(listMigrations(target.provider));
  });
});

const FRESH_DB = `wence_migration_${process.pid}`;

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database: a new one on a real server, or the scratch PGlite itself (it is new). */
async function freshPostgres(server: ScratchPostgres): Promise<string> {
  if (server.embedded) return server.url;
  await adminQuery(server.url, `DROP DATABASE IF EXISTS ${FRESH_DB}`);
  await adminQuery(server.url, `CREATE DATABASE ${FRESH_DB}`);
  const url = new URL(server.url);
  url.pathname = `/${FRESH_DB}`;
  return url.toString();
}

describe("a schema change is one edit plus one command", () => {
  let root: string;
  let server: ScratchPostgres;
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), "wence-migration-"));
    cpSync(path.join(projectRoot, "prisma"), path.join(root, "prisma"), { recursive: true });
    server = await scratchPostgres(process.env.WENCE_TEST_PG_URL);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it("writes both providers' migrations for an added column, and they apply", async () => {
    expect(await createMigration("nothing_changed", server.url, { root })).toEqual([]);
    const schemaPath = path.join(root, "prisma/schema.prisma");
    writeFileSync(schemaPath, readFileSync(schemaPath, "utf8").replace("  title       String\n  description String", "  title       String\n  slogan      String          @default(\"\")\n  description String"));
    const folders = await createMigration("add_slogan", server.url, { root, now: new Date("2030-01-01T00:00:00Z") });
    expect(folders.map((f) => path.relative(root, f))).toEqual([
      "prisma/migrations/sqlite/20300101000000_add_slogan",
      "prisma/migrations/postgresql/20300101000000_add_slogan",
    ]);
    for (const folder of folders) expect(readFileSync(path.join(folder, "migration.sql"), "utf8")).toMatch(/"slogan" TEXT NOT NULL DEFAULT ''/);

    const { target } = await database();
    const fresh = target.provider === "sqlite" ? `file:${path.join(root, "fresh.db")}` : await freshPostgres(server);
    try {
      expect(await migrateDatabase(resolveDatabaseUrl(fresh), root)).toHaveLength(listMigrations(target.provider, root).length);
      expect(await migrateDatabase(resolveDatabaseUrl(fresh), root)).toEqual([]);
    } finally {
      if (target.provider === "postgresql" && !server.embedded) await adminQuery(server.url, `DROP DATABASE IF EXISTS ${FRESH_DB} WITH (FORCE)`);
    }
  });
});
