import { createTallyBatch } from "./tally-batch";
import { openSqliteWriteConnection } from "./open-sqlite-write-connection";
import type { GroupResult, ResponseWrite, WriteOutcome } from "./response-write";
import { CONTACT_INSERT, contactValues, DAILY_CONFLICT, DAILY_UPSERT, dailyValues, invitationAnswer, RESPONSE_INSERT, sqliteTime, TALLY_CONFLICT, TALLY_UPSERT, tallyValues, TEXT_INSERT, textValues } from "./response-sql";

export interface SqliteResponseStore {
  /** Writes a group of responses in one transaction; one bad write does not fail its neighbours. */
  writeGroup(writes: ResponseWrite[]): GroupResult[];
  close(): void;
}

export function errorResult(e: unknown): GroupResult {
  const error = e as { message?: unknown; code?: unknown };
  return { error: { message: String(error?.message ?? e), code: typeof error?.code === "string" ? error.code : undefined } };
}

/**
 * The SQLite side of group commit (decision 008): a group of submissions in one IMMEDIATE
 * transaction (one fsync, their tallies merged). Framework-free and synchronous, so it runs the
 * same in the server's writer thread and in-thread (tests, `next start`).
 */
export function openSqliteResponseStore(url: string): SqliteResponseStore {
  const db = openSqliteWriteConnection(url);
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

  const writeGroup = (writes: ResponseWrite[]): GroupResult[] => {
    try {
      return transaction(writes).map((outcome, k) => ({ outcome, dataHash: writes[k]!.dataHash }));
    } catch (e) {
      // Retry one by one, so only the write that fails is refused.
      if (writes.length === 1) return [errorResult(e)];
      return writes.flatMap((w) => writeGroup([w]));
    }
  };
  return { writeGroup, close: () => db.close() };
}
