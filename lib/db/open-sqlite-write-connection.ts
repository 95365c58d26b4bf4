import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_WRITE_PRAGMAS } from "./sqlite-settings";

/** A raw write connection to a `file:` URL, with the pragmas every writer shares (sqlite-settings.ts). */
export function openSqliteWriteConnection(url: string): Database.Database {
  const db = new Database(url.slice("file:".length), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  for (const pragma of SQLITE_WRITE_PRAGMAS) db.pragma(pragma);
  return db;
}
