import { database } from "../db/client";
import { join, jsonParam, sql } from "../db/sql";
import type { QuestionInfo } from "../surveys/list-questions";
import { chinaDay, truncateToHour } from "../time/china-time";
import { applyTallies, type TallyRow } from "./apply-tallies";
import { deriveTallies } from "./derive-tallies";
import { hashData } from "./hash-data";

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

const STATEMENT_ROWS = 500;

/**
 * The bulk path (seeding, benchmarks): many already-valid responses and their tallies in one
 * transaction, with multi-row inserts instead of one ORM call per row.
 */
export async function insertResponsesBulk(rows: BulkResponse[], questionsByVersion: Map<string, QuestionInfo[]>): Promise<void> {
  const { db, target } = await database();
  const tallies: TallyRow[] = [];
  for (const r of rows) {
    const key = { versionId: r.versionId, schoolId: r.schoolId, audience: r.audience, day: chinaDay(r.receivedAt) };
    for (const d of deriveTallies(questionsByVersion.get(r.versionId) ?? [], r.data)) tallies.push({ ...key, ...d });
  }
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < rows.length; i += STATEMENT_ROWS) {
        const values = rows.slice(i, i + STATEMENT_ROWS).map(
          (r) =>
            sql`(${r.submissionId}, ${r.surveyId}, ${r.versionId}, ${r.linkId}, ${r.schoolId}, ${r.audience}, ${truncateToHour(r.receivedAt)}, ${jsonParam(target.provider, r.data)}, ${hashData(r.data)})`,
        );
        await tx.$executeRaw`
          INSERT INTO "Response" ("submissionId", "surveyId", "versionId", "linkId", "schoolId", "audience", "submittedAt", "data", "dataHash")
          VALUES ${join(values)}`;
      }
      await applyTallies(tx, tallies);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
