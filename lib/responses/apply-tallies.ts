import { join, sql } from "../db/sql";
import type { DbOrTx } from "../db/transaction";
import { mergeTallies, type TallyDelta } from "./derive-tallies";

export interface TallyRow extends TallyDelta {
  versionId: string;
  schoolId: string;
  audience: string;
  day: string;
}

const CHUNK = 500;

const keyOf = (r: TallyRow) =>
  [r.versionId, r.schoolId, r.audience, r.day, r.question, r.row, r.value].join("\u0000");

/**
 * Adds tally rows with one multi-row upsert per chunk. Runs inside the caller's transaction, so
 * tallies commit together with the responses they count. Same-key rows are merged first
 * (PostgreSQL refuses to update one row twice in a statement).
 */
export async function applyTallies(tx: DbOrTx, rows: Iterable<TallyRow>): Promise<void> {
  const merged = [...mergeTallies(rows, keyOf).values()];
  for (let i = 0; i < merged.length; i += CHUNK) {
    const values = merged
      .slice(i, i + CHUNK)
      .map((r) => sql`(${r.versionId}, ${r.schoolId}, ${r.audience}, ${r.day}, ${r.question}, ${r.row}, ${r.value}, ${r.count}, ${r.sum})`);
    await tx.$executeRaw`
      INSERT INTO "Tally" ("versionId", "schoolId", "audience", "day", "question", "row", "value", "count", "sum")
      VALUES ${join(values)}
      ON CONFLICT ("versionId", "schoolId", "audience", "day", "question", "row", "value")
      DO UPDATE SET "count" = "Tally"."count" + excluded."count", "sum" = "Tally"."sum" + excluded."sum"`;
  }
}
