import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wence-sqlite-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrateDatabase(resolveDatabaseUrl(url));
  project.provide("databaseUrl", url);
  project.provide("databasePoolSize", "1");
  return () => rmSync(dir, { recursive: true, force: true });
}
