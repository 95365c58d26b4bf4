import type { ResponseRow, ResponseTexts } from "./response-sql";
import type { TallyDelta } from "./tally-batch";

/**
 * One accepted submission as the request path hands it to the writer: validated answers, not yet
 * scrubbed, hashed or tallied. That work (`prepareResponseWrite`) runs where the write runs: on
 * the SQLite writer thread in the production server (decision 017), in-process otherwise.
 */
export interface ResponseSubmission extends Omit<ResponseRow, "dataJson" | "dataHash"> {
  /** China calendar day of receipt, for the daily count. */
  day: string;
  /** Validated answers, hidden ones removed. */
  data: Record<string, unknown>;
  deviceTokenHash?: string;
  invitationTokenHash?: string;
}

/** One response as the raw-driver writers store it, with what is written beside it. */
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

/** The outcome of one write and the hash of the answers as stored (a retry must match it). */
export interface WriteResult {
  outcome: WriteOutcome;
  dataHash: string;
}

/** What became of one write of a group: its result, or the error that kept it out (plain data, so it can cross threads). */
export type GroupResult = WriteResult | { error: { message: string; code?: string } };
