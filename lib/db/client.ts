import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { env } from "../env";
import { createAdapter } from "./create-adapter";
import { SQLITE_WRITE_PRAGMAS } from "./sqlite-settings";
import { resolveDatabaseUrl, type DatabaseTarget } from "./database-url";
import { closeRawReaders, rawReader, type RawReader } from "./raw-reader";
import { closeResponseWriters } from "./write-response";

/**
 * The two generated clients expose the same model API for one schema; their types differ only in
 * provider-specific details we do not use, so the domain is typed against the SQLite client
 * (docs/decisions/002-two-providers.md).
 */
export type Db = SqliteClient;

export interface Database {
  db: Db;
  target: DatabaseTarget;
}

// On globalThis, like the database itself: the production server runs lib/ twice (its own copy
// for the submission fast path and Next's bundled one), and either may have opened the client.
const globalTargets = globalThis as unknown as { wenceDatabaseTargets?: WeakMap<object, { target: DatabaseTarget; poolSize: number }> };
const targets = (globalTargets.wenceDatabaseTargets ??= new WeakMap());

/** The raw-driver reader of the database behind a client (the analytics read path, decision 016). */
export function readerOf(db: Db): RawReader {
  const opened = targets.get(db);
  if (!opened) throw new Error("readerOf: a client not opened by openDatabase");
  return rawReader(opened.target, opened.poolSize);
}

export async function openDatabase(url: string, options: { poolSize?: number } = {}): Promise<Database> {
  const target = resolveDatabaseUrl(url);
  const adapter = createAdapter(target, options);
  const db =
    target.provider === "sqlite"
      ? new SqliteClient({ adapter })
      : (new PostgresClient({ adapter }) as unknown as Db);
  if (target.provider === "sqlite") {
    // WAL lets readers run beside the writer; FULL makes every acknowledged commit durable
    // through a power cut (better-sqlite3 defaults WAL databases to NORMAL).
    for (const pragma of SQLITE_WRITE_PRAGMAS) await db.$queryRawUnsafe(`PRAGMA ${pragma}`);
  }
  targets.set(db, { target, poolSize: options.poolSize ?? 10 });
  return { db, target };
}

const globalForDb = globalThis as unknown as { wenceDatabase?: Promise<Database> };

/** The process-wide database chosen by DATABASE_URL (kept on globalThis across Next.js reloads). */
export function database(): Promise<Database> {
  globalForDb.wenceDatabase ??= openDatabase(env().DATABASE_URL, { poolSize: env().DATABASE_POOL_SIZE });
  return globalForDb.wenceDatabase;
}

export async function getDb(): Promise<Db> {
  return (await database()).db;
}

/** Closes the process-wide database (scripts and tests). */
export async function closeDatabase(): Promise<void> {
  const current = globalForDb.wenceDatabase;
  globalForDb.wenceDatabase = undefined;
  await closeResponseWriters();
  await closeRawReaders();
  if (current) await (await current).db.$disconnect();
}
