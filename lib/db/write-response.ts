import Database from "better-sqlite3";
import pg from "pg";
import { createTallyBatch, type TallyBatch, type TallyDelta } from "./tally-batch";
import { SQLITE_BUSY_TIMEOUT_MS } from "./create-adapter";
import type { DatabaseTarget } from "./database-url";
import { CONTACT_INSERT, contactValues, DAILY_CONFLICT, DAILY_UPSERT, dailyValues, invitationAnswer, placeholders, postgresTime, RESPONSE_INSERT, sqliteTime, TALLY_CONFLICT, TALLY_UPSERT, tallyValues, TEXT_INSERT, textValues, type ResponseRow, type ResponseTexts } from "./response-sql";

// The submission hot path writes through the raw drivers in short transactions:
// through Prisma the same writes cost ~7 ms, which alone would cap ingest near 150 responses/s.
// Column formats match what Prisma writes (see bulk-write.ts), so Prisma reads the rows unchanged.

export interface ResponseWrite extends ResponseRow, Partial<ResponseTexts> {
  deviceTokenHash?: string;
  /** Hash of a personal invitation link's secret: its invitation is marked answered in the same transaction. */
  invitationTokenHash?: string;
  /** China calendar day of receipt, for the daily count. */
  day: string;
  /** The response's tally increments (deriveTallies); merged with its group's before writing. */
  deltas: TallyDelta[];
}

/**
 * "taken": the submission id or the device was already used (the caller finds out which);
 * "invitationUsed": the personal link's invitation is answered already (or the secret is unknown).
 */
export type WriteOutcome = "created" | "taken" | "invitationUsed";


interface SqliteWriter {
  write(w: ResponseWrite): Promise<WriteOutcome>;
  close(): void;
}

interface Pending {
  w: ResponseWrite;
  resolve(outcome: WriteOutcome): void;
  reject(error: unknown): void;
}

const MAX_GROUP = 256;

/**
 * Group commit: submissions that arrive while the event loop is busy are written in one
 * transaction (one fsync, their tallies merged), and each is acknowledged only after that commit.
 * SQLite has one writer at a time anyway; per-response transactions spent most of their time on
 * the same tally rows and the fsync.
 */
function openSqliteWriter(url: string): SqliteWriter {
  const db = new Database(url.slice("file:".length), { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  const response = db.prepare(`${RESPONSE_INSERT} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("submissionId") DO NOTHING`);
  const device = db.prepare(`INSERT INTO "DeviceSubmission" ("surveyId", "tokenHash") VALUES (?, ?) ON CONFLICT DO NOTHING`);
  const unstore = db.prepare(`DELETE FROM "Response" WHERE "submissionId" = ?`);
  const undevice = db.prepare(`DELETE FROM "DeviceSubmission" WHERE "surveyId" = ? AND "tokenHash" = ?`);
  const invitation = db.prepare(invitationAnswer(() => "?"));
  const tally = db.prepare(`${TALLY_UPSERT} VALUES (?, ?, ?, ?, ?, ?, ?, ?) ${TALLY_CONFLICT}`);
  const text = db.prepare(`${TEXT_INSERT} VALUES (?, ?, ?, ?, ?, ?)`);
  const contact = db.prepare(`${CONTACT_INSERT} VALUES (?, ?, ?, ?, ?)`);
  const daily = db.prepare(`${DAILY_UPSERT} VALUES (?, ?, ?, ?, ?) ${DAILY_CONFLICT}`);
  // IMMEDIATE: take the write lock up front, so two writers never deadlock upgrading a read lock.
  const transaction = db.transaction((writes: ResponseWrite[]): WriteOutcome[] => {
    const merged = createTallyBatch();
    const outcomes = writes.map((w): WriteOutcome => {
      const stored = response.run(w.submissionId, w.surveyId, w.versionId, w.linkId, w.schoolId, w.audience, sqliteTime(w.submittedAt), w.dataJson, w.dataHash);
      if (stored.changes === 0) return "taken";
      if (w.deviceTokenHash && device.run(w.surveyId, w.deviceTokenHash).changes === 0) {
        unstore.run(w.submissionId);
        return "taken";
      }
      if (w.invitationTokenHash && invitation.run(w.linkId, w.invitationTokenHash).changes === 0) {
        if (w.deviceTokenHash) undevice.run(w.surveyId, w.deviceTokenHash);
        unstore.run(w.submissionId);
        return "invitationUsed";
      }
      for (const t of w.texts ?? []) text.run(textValues(stored.lastInsertRowid, w, t));
      for (const c of w.contacts ?? []) contact.run(contactValues(w, c));
      merged.add(w, w.day, w.deltas);
      return "created";
    });
    for (const t of merged.tallies()) tally.run(tallyValues(t));
    for (const d of merged.dailyCounts()) daily.run(dailyValues(d));
    return outcomes;
  }).immediate;

  let queue: Pending[] = [];
  let scheduled = false;
  const settle = (items: Pending[]) => {
    try {
      transaction(items.map((i) => i.w)).forEach((outcome, k) => items[k]!.resolve(outcome));
    } catch (e) {
      // One bad write must not fail its neighbours: retry them one by one.
      if (items.length === 1) items[0]!.reject(e);
      else for (const item of items) settle([item]);
    }
  };
  const flush = () => {
    const items = queue.slice(0, MAX_GROUP);
    queue = queue.slice(MAX_GROUP);
    scheduled = queue.length > 0;
    if (scheduled) setImmediate(flush);
    settle(items);
  };
  return {
    write: (w) =>
      new Promise<WriteOutcome>((resolve, reject) => {
        queue.push({ w, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    close: () => db.close(),
  };
}

async function writePostgres(pool: pg.Pool, w: ResponseWrite): Promise<WriteOutcome> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    if (w.deviceTokenHash) {
      const inserted = await client.query(`INSERT INTO "DeviceSubmission" ("surveyId", "tokenHash") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [w.surveyId, w.deviceTokenHash]);
      if (inserted.rowCount === 0) {
        await client.query("ROLLBACK");
        return "taken";
      }
    }
    const stored = await client.query<{ id: number }>(`${RESPONSE_INSERT} VALUES ($1, $2, $3, $4, $5, $6, $7::timestamp, $8::jsonb, $9) ON CONFLICT ("submissionId") DO NOTHING RETURNING "id"`, [
      w.submissionId, w.surveyId, w.versionId, w.linkId, w.schoolId, w.audience, postgresTime(w.submittedAt), w.dataJson, w.dataHash,
    ]);
    if (stored.rowCount === 0) {
      await client.query("ROLLBACK");
      return "taken";
    }
    if (w.invitationTokenHash) {
      const answered = await client.query(invitationAnswer((n) => `$${n}`), [w.linkId, w.invitationTokenHash]);
      if (answered.rowCount === 0) {
        await client.query("ROLLBACK");
        return "invitationUsed";
      }
    }
    const texts = w.texts ?? [];
    if (texts.length > 0) await client.query(`${TEXT_INSERT} VALUES ${placeholders(texts.length, 6)}`, texts.flatMap((t) => textValues(stored.rows[0]!.id, w, t)));
    const contacts = w.contacts ?? [];
    if (contacts.length > 0) await client.query(`${CONTACT_INSERT} VALUES ${placeholders(contacts.length, 5)}`, contacts.flatMap((c) => contactValues(w, c)));
    const batch: TallyBatch = createTallyBatch();
    batch.add(w, w.day, w.deltas);
    const tallies = batch.tallies();
    if (tallies.length > 0) {
      await client.query(`${TALLY_UPSERT} VALUES ${placeholders(tallies.length, 8)} ${TALLY_CONFLICT}`, tallies.flatMap(tallyValues));
    }
    const daily = batch.dailyCounts();
    await client.query(`${DAILY_UPSERT} VALUES ${placeholders(daily.length, 5)} ${DAILY_CONFLICT}`, daily.flatMap(dailyValues));
    await client.query("COMMIT");
    return "created";
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

const globalWriters = globalThis as unknown as { wenceResponseWriters?: Map<string, SqliteWriter | pg.Pool> };

/** Stores one response, its device hash and its tallies in one transaction; "taken" if the id or device was used. */
export async function writeResponse(target: DatabaseTarget, w: ResponseWrite, poolSize = 10): Promise<WriteOutcome> {
  const writers = (globalWriters.wenceResponseWriters ??= new Map());
  let writer = writers.get(target.url);
  if (!writer) {
    writer = target.provider === "sqlite" ? openSqliteWriter(target.url) : new pg.Pool({ connectionString: target.url, max: poolSize });
    writers.set(target.url, writer);
  }
  return writer instanceof pg.Pool ? writePostgres(writer, w) : writer.write(w);
}

/** Closes the writers (tests and scripts that switch databases). */
export async function closeResponseWriters(): Promise<void> {
  const writers = globalWriters.wenceResponseWriters;
  globalWriters.wenceResponseWriters = undefined;
  for (const w of writers?.values() ?? []) {
    if (w instanceof pg.Pool) await w.end();
    else w.close();
  }
}
