import { bulkWrite } from "../db/bulk-write";
import { database } from "../db/client";
import type { QuestionInfo } from "../surveys/list-questions";
import { chinaDay, truncateToHour } from "../time/china-time";
import { deriveTallies } from "./derive-tallies";
import { hashData } from "./hash-data";
import { createTallyBatch } from "../db/tally-batch";
import { separateFreeText } from "../text/separate-free-text";

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
 * transaction through the raw driver, with the tallies of the whole batch merged first. Free text
 * is scrubbed and contact answers set apart exactly as on the submission path.
 */
export async function insertResponsesBulk(rows: BulkResponse[], questionsByVersion: Map<string, QuestionInfo[]>): Promise<void> {
  const { target } = await database();
  const batch = createTallyBatch();
  const responses = rows.map((r) => {
    const questions = questionsByVersion.get(r.versionId) ?? [];
    const { data, texts, contacts } = separateFreeText(questions, r.data);
    batch.add(r, chinaDay(r.receivedAt), deriveTallies(questions, data));
    return {
      submissionId: r.submissionId,
      surveyId: r.surveyId,
      versionId: r.versionId,
      linkId: r.linkId,
      schoolId: r.schoolId,
      audience: r.audience,
      submittedAt: truncateToHour(r.receivedAt),
      dataJson: JSON.stringify(data),
      dataHash: hashData(data),
      texts,
      contacts,
    };
  });
  await bulkWrite(target, responses, batch);
}
