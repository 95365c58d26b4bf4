import pg from "pg";
import type { TestProject } from "vitest/node";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { DEFAULT_PG_URL, scratchPostgres } from "@/scripts/lib/scratch-postgres";

/**
 * A fresh PostgreSQL database for this run: on the server at WENCE_TEST_PG_URL (default: the local
 * one), or, on a machine with no reachable server and outside CI, on embedded PGlite. CI must use
 * the real server: there an unreachable one is a failure, never a skip.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.WENCE_TEST_PG_URL ?? DEFAULT_PG_URL;
  const server = await scratchPostgres(adminUrl, { requireReal: Boolean(process.env.CI) });
  if (server.embedded) {
    console.warn(`No PostgreSQL server at ${adminUrl}: running the PostgreSQL suite on embedded PGlite (${server.url}).`);
    await migrateDatabase(resolveDatabaseUrl(server.url));
    project.provide("databaseUrl", server.url);
    project.provide("databasePoolSize", "1");
    return server.stop;
  }
  const name = `wence_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(resolveDatabaseUrl(url.toString()));
  project.provide("databaseUrl", url.toString());
  project.provide("databasePoolSize", "5");
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}
