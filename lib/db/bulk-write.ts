import Database from "better-sqlite3";
import pg from "pg";
import type { TallyBatch } from "./tally-batch";
import { SQLITE_BUSY_TIMEOUT_MS } from "./create-adapter";
import type { DatabaseTarget } from "./database-url";
import { DAILY_CONFLICT, DAILY_UPSERT, dailyValues, placeholders, postgresTime, RESPONSE_INSERT, sqliteTime, TALLY_CONFLICT, TALLY_UPSERT, tallyValues, type ResponseRow } from "./response-sql";

// The bulk path (seeding a million responses, benchmarks) writes through the raw drivers: Prisma
// costs 6–20× raw inside one transaction (STACK.md). One transaction per call.

const responseValues = (r: ResponseRow, submittedAt: string) => [r.submissionId, r.surveyId, r.versionId, r.linkId, r.schoolId, r.audience, submittedAt, r.dataJson, r.dataHash];

function writeSqlite(url: string, responses: ResponseRow[], batch: TallyBatch): void {
  const db = new Database(url.slice("file:".length), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    const insert = db.prepare(`${RESPONSE_INSERT} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const upsert = db.prepare(`${TALLY_UPSERT} VALUES (?, ?, ?, ?, ?, ?, ?, ?) ${TALLY_CONFLICT}`);
    const upsertDaily = db.prepare(`${DAILY_UPSERT} VALUES (?, ?, ?, ?, ?) ${DAILY_CONFLICT}`);
    db.transaction(() => {
      for (const r of responses) insert.run(responseValues(r, sqliteTime(r.submittedAt)));
      for (const t of batch.tallies()) upsert.run(tallyValues(t));
      for (const d of batch.dailyCounts()) upsertDaily.run(dailyValues(d));
    })();
  } finally {
    db.close();
  }
}

const PG_ROWS = 1000;

async function insertChunks<T>(client: pg.Client, rows: T[], statement: (n: number) => string, values: (row: T) => unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += PG_ROWS) {
    const chunk = rows.slice(i, i + PG_ROWS);
    await client.query(statement(chunk.length), chunk.flatMap(values));
  }
}

async function writePostgres(url: string, responses: ResponseRow[], batch: TallyBatch): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await insertChunks(client, responses, (n) => `${RESPONSE_INSERT} VALUES ${placeholders(n, 9, { 6: "::timestamp", 7: "::jsonb" })}`, (r) => responseValues(r, postgresTime(r.submittedAt)));
    await insertChunks(client, batch.tallies(), (n) => `${TALLY_UPSERT} VALUES ${placeholders(n, 8)} ${TALLY_CONFLICT}`, tallyValues);
    await insertChunks(client, batch.dailyCounts(), (n) => `${DAILY_UPSERT} VALUES ${placeholders(n, 5)} ${DAILY_CONFLICT}`, dailyValues);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}

/** Inserts responses and adds their merged tallies and daily counts in one transaction. */
export async function bulkWrite(target: DatabaseTarget, responses: ResponseRow[], batch: TallyBatch): Promise<void> {
  if (target.provider === "sqlite") writeSqlite(target.url, responses, batch);
  else await writePostgres(target.url, responses, batch);
}
