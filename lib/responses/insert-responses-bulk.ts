import { bulkWrite } from "../db/bulk-write";
import { database } from "../db/client";
import type { QuestionInfo } from "../surveys/list-questions";
import { chinaDay, truncateToHour } from "../time/china-time";
import { deriveTallies } from "./derive-tallies";
import { hashData } from "./hash-data";
import { createTallyBatch } from "../db/tally-batch";

export interface BulkResponse {
  submissionId: string;
  surveyId: string;
  versionId: string;
  linkId: string;
  schoolId: string;
  audience: string;
  receivedAt: Date;
  data: Record<string, unknown>;
}

/**
 * The bulk path (seeding, benchmarks): already-valid responses and their tallies in one
 * transaction through the raw driver, with the tallies of the whole batch merged first.
 */
export async function insertResponsesBulk(rows: BulkResponse[], questionsByVersion: Map<string, QuestionInfo[]>): Promise<void> {
  const { target } = await database();
  const batch = createTallyBatch();
  const responses = rows.map((r) => {
    batch.add(r, chinaDay(r.receivedAt), deriveTallies(questionsByVersion.get(r.versionId) ?? [], r.data));
    return {
      submissionId: r.submissionId,
      surveyId: r.surveyId,
      versionId: r.versionId,
      linkId: r.linkId,
      schoolId: r.schoolId,
      audience: r.audience,
      submittedAt: truncateToHour(r.receivedAt),
      dataJson: JSON.stringify(r.data),
      dataHash: hashData(r.data),
    };
  });
  await bulkWrite(target, responses, batch);
}
