import { Prisma } from "./generated/sqlite/client";
import type { Provider } from "./schema-files";

// Raw SQL for hot paths (bulk inserts, tally upserts). Prisma.sql renders placeholders for the
// client that executes it, so one statement serves both providers; only casts differ.
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export type Sql = Prisma.Sql;

/** A JSON value as a parameter: PostgreSQL needs an explicit jsonb cast, SQLite stores the text. */
export function jsonParam(provider: Provider, value: unknown): Sql {
  const text = JSON.stringify(value);
  return provider === "postgresql" ? sql`CAST(${text} AS jsonb)` : sql`${text}`;
}
