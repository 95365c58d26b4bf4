import { join, sql } from "../db/sql";
import type { DbOrTx } from "../db/transaction";
import type { TallyBatch } from "./tally-batch";

const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Adds a batch's tallies and daily counts with multi-row upserts. Runs inside the caller's
 * transaction, so they commit together with the responses they count.
 */
export async function applyTallies(tx: DbOrTx, batch: TallyBatch): Promise<void> {
  for (const chunk of chunks(batch.tallies())) {
    const values = chunk.map((r) => sql`(${r.versionId}, ${r.schoolId}, ${r.audience}, ${r.question}, ${r.row}, ${r.value}, ${r.count}, ${r.sum})`);
    await tx.$executeRaw`
      INSERT INTO "Tally" ("versionId", "schoolId", "audience", "question", "row", "value", "count", "sum")
      VALUES ${join(values)}
      ON CONFLICT ("versionId", "schoolId", "audience", "question", "row", "value")
      DO UPDATE SET "count" = "Tally"."count" + excluded."count", "sum" = "Tally"."sum" + excluded."sum"`;
  }
  for (const chunk of chunks(batch.dailyCounts())) {
    const values = chunk.map((r) => sql`(${r.versionId}, ${r.schoolId}, ${r.audience}, ${r.day}, ${r.count})`);
    await tx.$executeRaw`
      INSERT INTO "DailyCount" ("versionId", "schoolId", "audience", "day", "count")
      VALUES ${join(values)}
      ON CONFLICT ("versionId", "schoolId", "audience", "day")
      DO UPDATE SET "count" = "DailyCount"."count" + excluded."count"`;
  }
}
