import { Prisma } from "./generated/sqlite/client";
import type { Db } from "./client";

// The two grouped reads behind every summary, in raw SQL valid on SQLite and PostgreSQL: through
// Prisma's groupBy they cost twice as long (two queries for the units instead of one, and its
// result mapping). Prisma's `sql` tag writes each provider's placeholders.

export interface TallyGroupFilter {
  versionIds: string[];
  /** null: every school. */
  schoolIds: string[] | null;
  audience?: string;
}

function where(f: TallyGroupFilter): Prisma.Sql {
  const parts = [Prisma.sql`"versionId" IN (${Prisma.join(f.versionIds)})`];
  if (f.schoolIds !== null) parts.push(f.schoolIds.length > 0 ? Prisma.sql`"schoolId" IN (${Prisma.join(f.schoolIds)})` : Prisma.sql`1 = 0`);
  if (f.audience !== undefined) parts.push(Prisma.sql`"audience" = ${f.audience}`);
  return Prisma.join(parts, " AND ");
}

/** Per question, row and value: count and sum over versions, schools and audiences. */
export async function readTallyTotals(db: Db, f: TallyGroupFilter): Promise<{ question: string; row: string; value: string; count: number; sum: number }[]> {
  const rows = await db.$queryRaw<{ question: string; row: string; value: string; c: bigint | number; s: number | null }[]>`
    SELECT "question", "row", "value", SUM("count") AS c, SUM("sum") AS s FROM "Tally" WHERE ${where(f)} GROUP BY "question", "row", "value"`;
  return rows.map((r) => ({ question: r.question, row: r.row, value: r.value, count: Number(r.c), sum: Number(r.s ?? 0) }));
}

/** Per school, audience, question and row: the count of its "*" rows and of its value rows. */
export async function readTallyUnits(db: Db, f: TallyGroupFilter, answered: string): Promise<{ schoolId: string; audience: string; question: string; row: string; star: number; values: number }[]> {
  const rows = await db.$queryRaw<{ schoolId: string; audience: string; question: string; row: string; star: bigint | number | null; vals: bigint | number | null }[]>`
    SELECT "schoolId", "audience", "question", "row",
      SUM(CASE WHEN "value" = ${answered} THEN "count" ELSE 0 END) AS star,
      SUM(CASE WHEN "value" <> ${answered} THEN "count" ELSE 0 END) AS vals
    FROM "Tally" WHERE ${where(f)} GROUP BY "schoolId", "audience", "question", "row"`;
  return rows.map((r) => ({ schoolId: r.schoolId, audience: r.audience, question: r.question, row: r.row, star: Number(r.star ?? 0), values: Number(r.vals ?? 0) }));
}
