import pg from "pg";
import { createTallyBatch, type TallyBatch } from "./tally-batch";
import type { DatabaseTarget } from "./database-url";
import { createGroupCommitter } from "./group-commit";
import { CONTACT_INSERT, contactValues, DAILY_CONFLICT, DAILY_UPSERT, dailyValues, invitationAnswer, placeholders, postgresTime, RESPONSE_INSERT, TALLY_CONFLICT, TALLY_UPSERT, tallyValues, TEXT_INSERT, textValues } from "./response-sql";
import { prepareResponseWrite } from "../responses/prepare-response-write";
import type { QuestionInfo } from "../surveys/list-questions";
import type { ResponseSubmission, ResponseWrite, WriteOutcome, WriteResult } from "./response-write";
import { openSqliteResponseStore } from "./sqlite-response-store";

export type { ResponseSubmission, ResponseWrite, WriteOutcome, WriteResult } from "./response-write";

// The submission hot path writes through the raw drivers in short transactions:
// through Prisma the same writes cost ~7 ms, which alone would cap ingest near 150 responses/s.
// Column formats match what Prisma writes (see bulk-write.ts), so Prisma reads the rows unchanged.

export interface SqliteWriter {
  /** Prepares (prepareResponseWrite) and stores a submission; resolves after its group's commit. */
  write(s: ResponseSubmission, questions: QuestionInfo[]): Promise<WriteResult>;
  close(): void | Promise<void>;
}

/** The in-thread writer (tests, `next start`); scripts/serve.ts puts the same store on a thread. */
function openSqliteWriter(url: string): SqliteWriter {
  const store = openSqliteResponseStore(url);
  const committer = createGroupCommitter<ResponseWrite>(async (writes) => store.writeGroup(writes));
  return { write: (s, questions) => committer.write(prepareResponseWrite(s, questions)), close: () => store.close() };
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

/**
 * Stores one submission (scrubbed, hashed and tallied by prepareResponseWrite), its device hash
 * and its tallies in one transaction; "taken" if the id or device was used.
 */
export async function writeResponse(target: DatabaseTarget, s: ResponseSubmission, questions: QuestionInfo[], poolSize = 10): Promise<WriteResult> {
  const writers = (globalWriters.wenceResponseWriters ??= new Map());
  let writer = writers.get(target.url);
  if (!writer) {
    writer = target.provider === "sqlite" ? openSqliteWriter(target.url) : new pg.Pool({ connectionString: target.url, max: poolSize });
    writers.set(target.url, writer);
  }
  if (!(writer instanceof pg.Pool)) return writer.write(s, questions);
  const w = prepareResponseWrite(s, questions);
  return { outcome: await writePostgres(writer, w), dataHash: w.dataHash };
}

/**
 * Makes `writer` the one for `url` (scripts/serve.ts: the writer thread, decision 017); `undefined`
 * drops it, and the next write opens an in-thread writer again.
 */
export function setSqliteWriter(url: string, writer: SqliteWriter | undefined): void {
  const writers = (globalWriters.wenceResponseWriters ??= new Map());
  if (writer) writers.set(url, writer);
  else writers.delete(url);
}

/** Closes the writers (tests and scripts that switch databases). */
export async function closeResponseWriters(): Promise<void> {
  const writers = globalWriters.wenceResponseWriters;
  globalWriters.wenceResponseWriters = undefined;
  for (const w of writers?.values() ?? []) {
    if (w instanceof pg.Pool) await w.end();
    else await w.close();
  }
}
