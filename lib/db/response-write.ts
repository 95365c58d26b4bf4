import type { ResponseRow, ResponseTexts } from "./response-sql";
import type { TallyDelta } from "./tally-batch";

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

/** What became of one write of a group: its outcome, or the error that kept it out (plain data, so it can cross threads). */
export type GroupResult = { outcome: WriteOutcome } | { error: { message: string; code?: string } };
