import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEFAULT_PG_URL, reachable } from "@/scripts/lib/scratch-postgres";

/** A fresh, empty database: a temporary SQLite file, or a new database on the PostgreSQL server. */
export async function freshDatabase(provider: "sqlite" | "postgresql", adminUrl = process.env.WENCE_TEST_PG_URL ?? DEFAULT_PG_URL): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "wence-crash-"));
    return { url: `file:${path.join(dir, "wence.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `wence_crash_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Whether the PostgreSQL server the tests use answers (CI must have it; elsewhere it may be absent). */
export function postgresReachable(adminUrl = process.env.WENCE_TEST_PG_URL ?? DEFAULT_PG_URL): Promise<boolean> {
  return reachable(adminUrl);
}
