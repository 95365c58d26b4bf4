import { randomUUID } from "node:crypto";
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
 * Uses a personal link's secret: deletes every secret of its invitation, if the secret belongs to
 * this link (0 rows: used, unknown or another survey's). "Answered" is "no secret left"; nothing is
 * written that a response could be joined on — on PostgreSQL not even a live row with the
 * response's transaction id (decision 013).
 */
export const invitationAnswer = (p: (n: number) => string) =>
  `DELETE FROM "SurveyInvitationToken" WHERE "invitationId" IN (SELECT t."invitationId" FROM "SurveyInvitationToken" t
  JOIN "SurveyInvitation" i ON i."id" = t."invitationId" WHERE i."linkId" = ${p(1)} AND t."tokenHash" = ${p(2)})`;
export const TEXT_INSERT = `INSERT INTO "TextAnswer" ("responseId", "surveyId", "schoolId", "audience", "question", "text")`;
export const CONTACT_INSERT = `INSERT INTO "FollowUpContact" ("id", "surveyId", "schoolId", "question", "value")`;

/** A response's scrubbed free-text answers and its contact answers (kept apart), as written. */
export interface ResponseTexts {
  texts: { question: string; text: string }[];
  contacts: { question: string; value: string }[];
}

export const textValues = (responseId: number | bigint, r: Pick<ResponseRow, "surveyId" | "schoolId" | "audience">, t: { question: string; text: string }) => [Number(responseId), r.surveyId, r.schoolId, r.audience, t.question, t.text];
// A random id: a contact row must not be ordered or timed like the response it came with.
export const contactValues = (r: Pick<ResponseRow, "surveyId" | "schoolId">, c: { question: string; value: string }) => [randomUUID(), r.surveyId, r.schoolId, c.question, c.value];

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
