import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import type { QuestionInfo } from "../surveys/list-questions";
import { chinaDay, truncateToHour } from "../time/china-time";
import { applyTallies } from "./apply-tallies";
import { deriveTallies } from "./derive-tallies";
import { hashData } from "./hash-data";
import { createTallyBatch } from "./tally-batch";

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
}

export type StoreResponseResult = { status: "created" } | { status: "duplicate" };

function deviceAlreadyAnswered(): AppError {
  return new AppError("CONFLICT", "本设备已提交过此问卷，每台设备只能提交一次 (this device has already answered)", [
    { field: "device", message: "already answered on this device" },
  ]);
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

/**
 * Stores one response and its tallies atomically. A retry with the same submission id and the
 * same answers is acknowledged again without a second row; different answers under a known id
 * are a conflict. Nothing identifying the respondent is stored, and the time only to the hour.
 */
export async function storeResponse(input: StoreResponseInput): Promise<StoreResponseResult> {
  const db = await getDb();
  const dataHash = hashData(input.data);
  const day = chinaDay(input.receivedAt);
  try {
    await db.$transaction(async (tx) => {
      if (input.deviceTokenHash) {
        const seen = await tx.deviceSubmission.findUnique({
          where: { surveyId_tokenHash: { surveyId: input.link.surveyId, tokenHash: input.deviceTokenHash } },
        });
        if (seen) throw deviceAlreadyAnswered();
        await tx.deviceSubmission.create({ data: { surveyId: input.link.surveyId, tokenHash: input.deviceTokenHash } });
      }
      await tx.response.create({
        data: {
          submissionId: input.submissionId,
          surveyId: input.link.surveyId,
          versionId: input.versionId,
          linkId: input.link.id,
          schoolId: input.link.schoolId,
          audience: input.link.audience,
          submittedAt: truncateToHour(input.receivedAt),
          data: input.data as object,
          dataHash,
        },
      });
      const batch = createTallyBatch();
      batch.add({ versionId: input.versionId, schoolId: input.link.schoolId, audience: input.link.audience }, day, deriveTallies(input.questions, input.data));
      await applyTallies(tx, batch);
    });
    return { status: "created" };
  } catch (e) {
    const deviceRefused = e instanceof AppError && e.issues[0]?.field === "device";
    if (!isUniqueViolation(e) && !deviceRefused) throw e;
    // A retry, a concurrent duplicate, or a second answer from one device: the stored row decides.
    const existing = await db.response.findUnique({ where: { submissionId: input.submissionId }, select: { dataHash: true } });
    if (existing?.dataHash === dataHash) return { status: "duplicate" };
    if (!existing) throw deviceAlreadyAnswered();
    throw new AppError("CONFLICT", "该提交编号已用于另一份不同的答卷 (this submission id was used for different answers)", [
      { field: "id", message: "already used with different data" },
    ]);
  }
}
