import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseTarget } from "./database-url";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-settings";

export function createAdapter(target: DatabaseTarget, options: { poolSize?: number } = {}): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "sqlite") {
    return new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg({ connectionString: target.url, max: options.poolSize ?? 10 });
}
