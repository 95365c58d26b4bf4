import { database } from "../db/client";
import { writeResponse } from "../db/write-response";
import { env } from "../env";
import { AppError } from "../errors/app-error";
import type { QuestionInfo } from "../surveys/list-questions";
import { chinaDay, truncateToHour } from "../time/china-time";

export interface LinkTarget {
  id: string;
  surveyId: string;
  schoolId: string;
  audience: string;
}

export interface StoreResponseInput {
  submissionId: string;
  link: LinkTarget;
  versionId: string;
  questions: QuestionInfo[];
  /** Already validated and stripped of hidden answers. */
  data: Record<string, unknown>;
  receivedAt: Date;
  /** For one-response-per-device surveys: the keyed hash of the device token. */
  deviceTokenHash?: string;
  /** Hash of the personal invitation link's secret, when the respondent came through one. */
  invitationTokenHash?: string;
}

export type StoreResponseResult = { status: "created" } | { status: "duplicate" };

function deviceAlreadyAnswered(): AppError {
  return new AppError("CONFLICT", "本设备已提交过此问卷，每台设备只能提交一次 (this device has already answered)", [
    { field: "device", message: "already answered on this device" },
  ]);
}

function invitationUsed(): AppError {
  return new AppError("GONE", "此邀请链接已经用过或无效，每个专属链接只能提交一次 (this personal link has been used or is not valid)", [
    { field: "invitation", message: "used or unknown" },
  ]);
}

/**
 * Stores one response and its tallies atomically. A retry with the same submission id and the
 * same answers is acknowledged again without a second row; different answers under a known id
 * are a conflict. Nothing identifying the respondent is stored, and the time only to the hour:
 * free text is scrubbed of personal data first and contact answers are stored apart (decision
 * 013), and the hash is of what is stored, so a retry scrubs to the same hash.
 */
export async function storeResponse(input: StoreResponseInput): Promise<StoreResponseResult> {
  const { db, target } = await database();
  // Scrubbing, hashing and tallies happen where the write runs (prepareResponseWrite).
  const { outcome, dataHash } = await writeResponse(
    target,
    {
      submissionId: input.submissionId,
      surveyId: input.link.surveyId,
      versionId: input.versionId,
      linkId: input.link.id,
      schoolId: input.link.schoolId,
      audience: input.link.audience,
      submittedAt: truncateToHour(input.receivedAt),
      day: chinaDay(input.receivedAt),
      data: input.data,
      deviceTokenHash: input.deviceTokenHash,
      invitationTokenHash: input.invitationTokenHash,
    },
    input.questions,
    env().DATABASE_POOL_SIZE,
  );
  if (outcome === "created") return { status: "created" };
  if (outcome === "invitationUsed") throw invitationUsed();
  // A retry, a concurrent duplicate, or a second answer from one device: the stored row decides.
  const existing = await db.response.findUnique({ where: { submissionId: input.submissionId }, select: { dataHash: true } });
  if (existing?.dataHash === dataHash) return { status: "duplicate" };
  if (!existing) throw deviceAlreadyAnswered();
  throw new AppError("CONFLICT", "该提交编号已用于另一份不同的答卷 (this submission id was used for different answers)", [
    { field: "id", message: "already used with different data" },
  ]);
}
