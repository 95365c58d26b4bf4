import type { TestProject } from "vitest/node";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { freePort } from "./free-port";

/**
 * A fresh PostgreSQL database for this run: on the server at WENCE_TEST_PG_URL (default: the local
 * one), or, on a machine with no reachable server and outside CI, on embedded PGlite. CI must use
 * the real server: there an unreachable one is a failure, never a skip.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.WENCE_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `wence_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${adminUrl} (${(e as Error).message}); CI runs the PostgreSQL suite on a real server.`);
    return startEmbedded(project, adminUrl);
  }
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

async function startEmbedded(project: TestProject, triedUrl: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1" });
  await server.start();
  console.warn(`No PostgreSQL server at ${triedUrl}: running the PostgreSQL suite on embedded PGlite (127.0.0.1:${port}).`);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await migrateDatabase(resolveDatabaseUrl(url));
  project.provide("databaseUrl", url);
  project.provide("databasePoolSize", "1");
  return async () => {
    await server.stop();
    await db.close();
  };
}
