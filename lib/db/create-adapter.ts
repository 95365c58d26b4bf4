import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseTarget } from "./database-url";

/** Prisma's busy wait for SQLite's write lock; long enough for a bulk seed batch to commit. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function createAdapter(target: DatabaseTarget, options: { poolSize?: number } = {}): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "sqlite") {
    return new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg({ connectionString: target.url, max: options.poolSize ?? 10 });
}
