import Database from "better-sqlite3";
import pg from "pg";
import { SQLITE_BUSY_TIMEOUT_MS } from "./create-adapter";
import type { DailyCountRow, TallyBatch, TallyRow } from "../responses/tally-batch";
import type { DatabaseTarget } from "./database-url";

// The bulk path (seeding a million responses, benchmarks) writes through the raw drivers: Prisma
// costs 6–20× raw inside one transaction (STACK.md). Everything here is one transaction per call,
// and the row formats match what Prisma itself writes, so Prisma reads the rows back unchanged.

export interface ResponseRow {
  submissionId: string;
  surveyId: string;
  versionId: string;
  linkId: string;
  schoolId: string;
  audience: string;
  submittedAt: Date;
  dataJson: string;
  dataHash: string;
}


const RESPONSE_COLUMNS = `"submissionId", "surveyId", "versionId", "linkId", "schoolId", "audience", "submittedAt", "data", "dataHash"`;
const TALLY_COLUMNS = `"versionId", "schoolId", "audience", "question", "row", "value", "count", "sum"`;
const TALLY_CONFLICT = `ON CONFLICT ("versionId", "schoolId", "audience", "question", "row", "value")
  DO UPDATE SET "count" = "Tally"."count" + excluded."count", "sum" = "Tally"."sum" + excluded."sum"`;
const DAILY_COLUMNS = `"versionId", "schoolId", "audience", "day", "count"`;
const DAILY_CONFLICT = `ON CONFLICT ("versionId", "schoolId", "audience", "day") DO UPDATE SET "count" = "DailyCount"."count" + excluded."count"`;

const responseValues = (r: ResponseRow, submittedAt: string) => [r.submissionId, r.surveyId, r.versionId, r.linkId, r.schoolId, r.audience, submittedAt, r.dataJson, r.dataHash];
const tallyValues = (t: TallyRow) => [t.versionId, t.schoolId, t.audience, t.question, t.row, t.value, t.count, t.sum];
const dailyValues = (d: DailyCountRow) => [d.versionId, d.schoolId, d.audience, d.day, d.count];

function writeSqlite(url: string, responses: ResponseRow[], batch: TallyBatch): void {
  const db = new Database(url.slice("file:".length), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    const insert = db.prepare(`INSERT INTO "Response" (${RESPONSE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const upsert = db.prepare(`INSERT INTO "Tally" (${TALLY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ${TALLY_CONFLICT}`);
    const upsertDaily = db.prepare(`INSERT INTO "DailyCount" (${DAILY_COLUMNS}) VALUES (?, ?, ?, ?, ?) ${DAILY_CONFLICT}`);
    db.transaction(() => {
      // Prisma's SQLite adapter stores DateTime as ISO-8601 text with an explicit +00:00 offset.
      for (const r of responses) insert.run(responseValues(r, r.submittedAt.toISOString().replace("Z", "+00:00")));
      for (const t of batch.tallies()) upsert.run(tallyValues(t));
      for (const d of batch.dailyCounts()) upsertDaily.run(dailyValues(d));
    })();
  } finally {
    db.close();
  }
}

function placeholders(rows: number, columns: number, casts: Record<number, string> = {}): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}${casts[c] ?? ""}`);
    out.push(`(${cells.join(", ")})`);
  }
  return out.join(", ");
}

const PG_ROWS = 1000;

async function writePostgres(url: string, responses: ResponseRow[], batch: TallyBatch): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (let i = 0; i < responses.length; i += PG_ROWS) {
      const chunk = responses.slice(i, i + PG_ROWS);
      // timestamp(3) columns hold UTC wall time, as Prisma writes them.
      await client.query(
        `INSERT INTO "Response" (${RESPONSE_COLUMNS}) VALUES ${placeholders(chunk.length, 9, { 6: "::timestamp", 7: "::jsonb" })}`,
        chunk.flatMap((r) => responseValues(r, r.submittedAt.toISOString().replace("Z", ""))),
      );
    }
    const tallies = batch.tallies();
    for (let i = 0; i < tallies.length; i += PG_ROWS) {
      const chunk = tallies.slice(i, i + PG_ROWS);
      await client.query(`INSERT INTO "Tally" (${TALLY_COLUMNS}) VALUES ${placeholders(chunk.length, 8)} ${TALLY_CONFLICT}`, chunk.flatMap(tallyValues));
    }
    const daily = batch.dailyCounts();
    for (let i = 0; i < daily.length; i += PG_ROWS) {
      const chunk = daily.slice(i, i + PG_ROWS);
      await client.query(`INSERT INTO "DailyCount" (${DAILY_COLUMNS}) VALUES ${placeholders(chunk.length, 5)} ${DAILY_CONFLICT}`, chunk.flatMap(dailyValues));
    }
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
