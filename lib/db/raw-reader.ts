import Database from "better-sqlite3";
import pg from "pg";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-settings";
import type { DatabaseTarget } from "./database-url";

// The analytics read path (tallies, response pages for exports) goes through the raw drivers, as
// the submission path does for its writes: a summary is a handful of small grouped reads, and
// Prisma's per-query cost (query compilation, result mapping) was most of its time
// (docs/decisions/016). Statements use `?` placeholders; PostgreSQL gets `$1, $2, …`.

export interface RawReader {
  provider: DatabaseTarget["provider"];
  /** The rows of a read-only statement. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** `?` → `$n` (our statements hold no `?` in literals). */
export const numberPlaceholders = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function openSqliteReader(url: string): RawReader {
  const db = new Database(url.slice("file:".length), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // A reader only: a mistaken write through it fails instead of bypassing the domain.
  db.pragma("query_only = ON");
  const statements = new Map<string, Database.Statement>();
  return {
    provider: "sqlite",
    all<T>(sql: string, params: readonly unknown[] = []) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        if (statements.size > 200) statements.clear();
        statements.set(sql, statement);
      }
      return Promise.resolve(statement.all(...params) as T[]);
    },
    close: async () => {
      db.close();
    },
  };
}

function openPostgresReader(url: string, poolSize: number): RawReader {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, pg_terminate_backend) must not take the process
  // down: pg leaves it out of the pool, and the next read opens another.
  pool.on("error", (e) => console.error("[db] idle read connection lost", e.message));
  // Named statements: each connection parses and plans a statement once.
  const named = new Map<string, { name: string; text: string }>();
  return {
    provider: "postgresql",
    async all<T>(sql: string, params: readonly unknown[] = []) {
      let statement = named.get(sql);
      if (statement === undefined) {
        statement = { name: `wence_read_${named.size}`, text: numberPlaceholders(sql) };
        named.set(sql, statement);
      }
      return (await pool.query({ ...statement, values: params as unknown[] })).rows as T[];
    },
    close: () => pool.end(),
  };
}

/**
 * The rows of a read as tuples of `columns`, fetched as one JSON array: a driver turns each row
 * into a JS object on its own (better-sqlite3 spends ~1 µs a row on it, more than SQLite spends
 * finding it), while one JSON text becomes all of them in a single JSON.parse (decision 020).
 * `sql` is any read; `columns` are names or expressions over its output.
 */
export async function allTuples<T extends unknown[]>(reader: RawReader, columns: readonly string[], sql: string, params: readonly unknown[] = []): Promise<T[]> {
  if (reader.provider === "sqlite") {
    const [row] = await reader.all<{ j: string }>(`SELECT json_group_array(json_array(${columns.join(", ")})) AS j FROM (${sql})`, params);
    return JSON.parse(row!.j) as T[];
  }
  // node-postgres parses a json column itself.
  const [row] = await reader.all<{ j: T[] }>(`SELECT COALESCE(json_agg(json_build_array(${columns.join(", ")})), '[]'::json) AS j FROM (${sql}) AS t`, params);
  return row!.j;
}

/** A DateTime column as an instant: Prisma's PostgreSQL timestamp(3) holds UTC wall time. */
export const utcColumn = (reader: RawReader, column: string) => (reader.provider === "postgresql" ? `(${column} AT TIME ZONE 'UTC')` : column);

/** A DateTime read with `utcColumn`: SQLite gives Prisma's ISO text, PostgreSQL a Date. */
export const toDate = (v: string | Date | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

const globalReaders = globalThis as unknown as { wenceRawReaders?: Map<string, RawReader> };

/** The process-wide raw reader of a database (one SQLite connection, or a small pool). */
export function rawReader(target: DatabaseTarget, poolSize = 4): RawReader {
  const readers = (globalReaders.wenceRawReaders ??= new Map());
  let reader = readers.get(target.url);
  if (!reader) {
    reader = target.provider === "sqlite" ? openSqliteReader(target.url) : openPostgresReader(target.url, poolSize);
    readers.set(target.url, reader);
  }
  return reader;
}

/** Closes the readers (tests and scripts that switch databases). */
export async function closeRawReaders(): Promise<void> {
  const readers = globalReaders.wenceRawReaders;
  globalReaders.wenceRawReaders = undefined;
  for (const r of readers?.values() ?? []) await r.close();
}
