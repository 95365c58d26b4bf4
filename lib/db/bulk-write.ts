import pg from "pg";
import type { TallyBatch } from "./tally-batch";
import { openSqliteWriteConnection } from "./open-sqlite-write-connection";
import type { DatabaseTarget } from "./database-url";
import { CONTACT_INSERT, contactValues, DAILY_CONFLICT, DAILY_UPSERT, dailyValues, placeholders, postgresTime, RESPONSE_INSERT, sqliteTime, TALLY_CONFLICT, TALLY_UPSERT, tallyValues, TEXT_INSERT, textValues, type ResponseRow, type ResponseTexts } from "./response-sql";

/** A response of the bulk path with its scrubbed texts and contact answers (decision 014). */
export type BulkRow = ResponseRow & Partial<ResponseTexts>;

// The bulk path (seeding a million responses, benchmarks) writes through the raw drivers: Prisma
// costs 6–20× raw inside one transaction (STACK.md). One transaction per call.

const responseValues = (r: ResponseRow, submittedAt: string) => [r.submissionId, r.surveyId, r.versionId, r.linkId, r.schoolId, r.audience, submittedAt, r.dataJson, r.dataHash];

function writeSqlite(url: string, responses: BulkRow[], batch: TallyBatch): void {
  const db = openSqliteWriteConnection(url);
  try {
    const insert = db.prepare(`${RESPONSE_INSERT} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const upsert = db.prepare(`${TALLY_UPSERT} VALUES (?, ?, ?, ?, ?, ?, ?, ?) ${TALLY_CONFLICT}`);
    const upsertDaily = db.prepare(`${DAILY_UPSERT} VALUES (?, ?, ?, ?, ?) ${DAILY_CONFLICT}`);
    const text = db.prepare(`${TEXT_INSERT} VALUES (?, ?, ?, ?, ?, ?)`);
    const contact = db.prepare(`${CONTACT_INSERT} VALUES (?, ?, ?, ?, ?)`);
    db.transaction(() => {
      for (const r of responses) {
        const id = insert.run(responseValues(r, sqliteTime(r.submittedAt))).lastInsertRowid;
        for (const t of r.texts ?? []) text.run(textValues(id, r, t));
        for (const c of r.contacts ?? []) contact.run(contactValues(r, c));
      }
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

async function writePostgres(url: string, responses: BulkRow[], batch: TallyBatch): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const ids = new Map<string, number>();
    for (let i = 0; i < responses.length; i += PG_ROWS) {
      const chunk = responses.slice(i, i + PG_ROWS);
      const sql = `${RESPONSE_INSERT} VALUES ${placeholders(chunk.length, 9, { 6: "::timestamp", 7: "::jsonb" })} RETURNING "id", "submissionId"`;
      const rows = await client.query<{ id: number; submissionId: string }>(sql, chunk.flatMap((r) => responseValues(r, postgresTime(r.submittedAt))));
      for (const row of rows.rows) ids.set(row.submissionId, row.id);
    }
    const texts = responses.flatMap((r) => (r.texts ?? []).map((t) => textValues(ids.get(r.submissionId)!, r, t)));
    await insertChunks(client, texts, (n) => `${TEXT_INSERT} VALUES ${placeholders(n, 6)}`, (v) => v);
    const contacts = responses.flatMap((r) => (r.contacts ?? []).map((c) => contactValues(r, c)));
    await insertChunks(client, contacts, (n) => `${CONTACT_INSERT} VALUES ${placeholders(n, 5)}`, (v) => v);
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
export async function bulkWrite(target: DatabaseTarget, responses: BulkRow[], batch: TallyBatch): Promise<void> {
  if (target.provider === "sqlite") writeSqlite(target.url, responses, batch);
  else await writePostgres(target.url, responses, batch);
}
