import type { DailyCountRow, TallyRow } from "./tally-batch";

// SQL shared by the raw-driver writers (one response: write-response.ts; many: bulk-write.ts).
// Valid in both dialects; only placeholders and casts differ.

/** A response row as stored: the data already serialised and hashed, the time truncated. */
export interface ResponseRow {
  submissionId: string;
  surveyId: string;
  versionId: string;
  linkId: string;
  schoolId: string;
  audience: string;
  submittedAt: Date;
  dataJson: string;
  dataHash: string;
}

export const RESPONSE_INSERT = `INSERT INTO "Response" ("submissionId", "surveyId", "versionId", "linkId", "schoolId", "audience", "submittedAt", "data", "dataHash")`;
export const TALLY_UPSERT = `INSERT INTO "Tally" ("versionId", "schoolId", "audience", "question", "row", "value", "count", "sum")`;
export const TALLY_CONFLICT = `ON CONFLICT ("versionId", "schoolId", "audience", "question", "row", "value")
  DO UPDATE SET "count" = "Tally"."count" + excluded."count", "sum" = "Tally"."sum" + excluded."sum"`;
export const DAILY_UPSERT = `INSERT INTO "DailyCount" ("versionId", "schoolId", "audience", "day", "count")`;
export const DAILY_CONFLICT = `ON CONFLICT ("versionId", "schoolId", "audience", "day") DO UPDATE SET "count" = "DailyCount"."count" + excluded."count"`;

/**
 * Marks the invitation behind a personal link's secret answered, if it belongs to this link and was
 * not answered yet (0 rows: used, unknown or another survey's). Only the flag changes: no time, no
 * response id (decision 011).
 */
export const invitationAnswer = (p: (n: number) => string) =>
  `UPDATE "SurveyInvitation" SET "answered" = TRUE WHERE "linkId" = ${p(1)} AND "answered" = FALSE
  AND "id" IN (SELECT "invitationId" FROM "SurveyInvitationToken" WHERE "tokenHash" = ${p(2)})`;

export const tallyValues = (t: TallyRow) => [t.versionId, t.schoolId, t.audience, t.question, t.row, t.value, t.count, t.sum];
export const dailyValues = (d: DailyCountRow) => [d.versionId, d.schoolId, d.audience, d.day, d.count];

/** Prisma's SQLite adapter stores DateTime as ISO-8601 text with an explicit +00:00 offset. */
export const sqliteTime = (d: Date) => d.toISOString().replace("Z", "+00:00");
/** Prisma's PostgreSQL timestamp(3) columns hold UTC wall time. */
export const postgresTime = (d: Date) => d.toISOString().replace("Z", "");

/** `($1, $2), ($3, $4)…` for multi-row PostgreSQL statements, with optional casts per column. */
export function placeholders(rows: number, columns: number, casts: Record<number, string> = {}): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}${casts[c] ?? ""}`);
    out.push(`(${cells.join(", ")})`);
  }
  return out.join(", ");
}
