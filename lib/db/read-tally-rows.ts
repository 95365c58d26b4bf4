import { readerOf, type Db } from "./client";
import { allTuples } from "./raw-reader";

// The read of Tally behind every analytics view, in raw SQL valid on SQLite and PostgreSQL,
// through the raw driver (decision 016; Prisma's per-query cost was most of a school's summary),
// its rows as one JSON array (`allTuples`, decision 020).

export interface TallyRowFilter {
  versionIds: string[];
  /** null: every school. */
  schoolIds: string[] | null;
  audience?: string;
  /** Only these questions. */
  questions?: string[];
}

const list = (n: number) => Array.from({ length: n }, () => "?").join(", ");

function where(f: TallyRowFilter): { sql: string; params: unknown[] } {
  // A survey never published has no versions to read: match nothing.
  const parts = [f.versionIds.length > 0 ? `"versionId" IN (${list(f.versionIds.length)})` : "1 = 0"];
  const params: unknown[] = [...f.versionIds];
  if (f.schoolIds !== null) {
    parts.push(f.schoolIds.length > 0 ? `"schoolId" IN (${list(f.schoolIds.length)})` : "1 = 0");
    params.push(...f.schoolIds);
  }
  if (f.audience !== undefined) {
    parts.push(`"audience" = ?`);
    params.push(f.audience);
  }
  if (f.questions !== undefined) {
    parts.push(f.questions.length > 0 ? `"question" IN (${list(f.questions.length)})` : "1 = 0");
    params.push(...f.questions);
  }
  return { sql: parts.join(" AND "), params };
}

/**
 * The tally rows of some versions, schools, audience and questions, one per version, ungrouped:
 * in key order they cost SQLite a range scan and no sort, and the views add them up in JS (a
 * school's 146 rows: 0.18 ms, against 0.38 ms for the two grouped reads below).
 */
export async function readTallyRows(db: Db, f: TallyRowFilter): Promise<{ schoolId: string; audience: string; question: string; row: string; value: string; count: number; sum: number }[]> {
  const w = where(f);
  const rows = await allTuples<[string, string, string, string, string, number, number]>(
    readerOf(db),
    [`"schoolId"`, `"audience"`, `"question"`, `"row"`, `"value"`, `"count"`, `"sum"`],
    `SELECT "schoolId", "audience", "question", "row", "value", "count", "sum" FROM "Tally" WHERE ${w.sql}`,
    w.params,
  );
  return rows.map(([schoolId, audience, question, row, value, count, sum]) => ({ schoolId, audience, question, row, value, count, sum }));
}

/**
 * Per question, row and value: count and sum over versions, schools and audiences. With many
 * schools in scope, grouping in the database returns far fewer rows than `readTallyRows` (the
 * city's ~150 against 9,188 at 60 schools): on PostgreSQL that was ~25 against ~45 ms.
 */
export async function readTallyTotals(db: Db, f: TallyRowFilter): Promise<{ question: string; row: string; value: string; count: number; sum: number }[]> {
  const w = where(f);
  const rows = await allTuples<[string, string, string, number, number]>(
    readerOf(db),
    [`"question"`, `"row"`, `"value"`, "c", "s"],
    `SELECT "question", "row", "value", SUM("count") AS c, SUM("sum") AS s FROM "Tally" WHERE ${w.sql} GROUP BY "question", "row", "value"`,
    w.params,
  );
  return rows.map(([question, row, value, count, sum]) => ({ question, row, value, count, sum }));
}

/** Per school, audience, question and row: the count of its `answered` ("*") rows and of its value rows. */
export async function readTallyUnits(db: Db, f: TallyRowFilter, answered: string): Promise<{ schoolId: string; audience: string; question: string; row: string; star: number; values: number }[]> {
  const w = where(f);
  const rows = await allTuples<[string, string, string, string, number, number]>(
    readerOf(db),
    [`"schoolId"`, `"audience"`, `"question"`, `"row"`, "star", "vals"],
    `SELECT "schoolId", "audience", "question", "row",
      SUM(CASE WHEN "value" = ? THEN "count" ELSE 0 END) AS star,
      SUM(CASE WHEN "value" <> ? THEN "count" ELSE 0 END) AS vals
    FROM "Tally" WHERE ${w.sql} GROUP BY "schoolId", "audience", "question", "row"`,
    [answered, answered, ...w.params],
  );
  return rows.map(([schoolId, audience, question, row, star, values]) => ({ schoolId, audience, question, row, star, values }));
}
