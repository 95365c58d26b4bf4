import { database } from "./client";

export interface IntegrityReport {
  ok: boolean;
  /** What was checked, e.g. "PRAGMA integrity_check" or "amcheck bt_index_check (12 indexes)". */
  checked: string;
  problems: string[];
}

/**
 * The database's own consistency checks, for audits after a crash (bench/crash, an operator's
 * check after a power cut). SQLite: `PRAGMA integrity_check` (pages, indexes, NOT NULL, UNIQUE)
 * and `PRAGMA foreign_key_check`. PostgreSQL: indexes left invalid, and with the amcheck
 * extension installed every B-tree index of the schema is verified against its rules.
 */
export async function checkIntegrity(): Promise<IntegrityReport> {
  const { db, target } = await database();
  if (target.provider === "sqlite") {
    const integrity = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    const foreign = await db.$queryRawUnsafe<{ table: string; parent: string }[]>("PRAGMA foreign_key_check");
    const problems = [
      ...integrity.map((r) => r.integrity_check).filter((m) => m !== "ok"),
      ...foreign.map((r) => `foreign key: a row of ${r.table} points to a missing ${r.parent}`),
    ];
    return { ok: problems.length === 0, checked: "PRAGMA integrity_check, PRAGMA foreign_key_check", problems };
  }
  const invalid = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT indexrelid::regclass::text AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT i.indisvalid",
  );
  const problems = invalid.map((r) => `invalid index ${r.name}`);
  const amcheck = await db.$queryRawUnsafe<{ n: number }[]>("SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'amcheck'");
  if ((amcheck[0]?.n ?? 0) === 0) return { ok: problems.length === 0, checked: "pg_index.indisvalid", problems };
  const indexes = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT c.oid::regclass::text AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND a.amname = 'btree' AND i.indisvalid",
  );
  for (const { name } of indexes) {
    try {
      // heapallindexed: every table row must be found in the index, not just the index well-formed.
      await db.$executeRawUnsafe(`SELECT bt_index_check($1::regclass, true)`, name);
    } catch (e) {
      problems.push(`index ${name}: ${(e as Error).message}`);
    }
  }
  return { ok: problems.length === 0, checked: `pg_index.indisvalid, amcheck bt_index_check (${indexes.length} indexes)`, problems };
}
