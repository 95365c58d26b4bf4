import { setImmediate } from "node:timers/promises";
import { readerOf, type Db } from "../db/client";
import { postgresTime, sqliteTime } from "../db/response-sql";

export interface StreamedResponse {
  id: number;
  versionId: string;
  schoolId: string;
  audience: string;
  submittedAt: Date;
  data: Record<string, unknown>;
}

export interface StreamOptions {
  surveyId: string;
  /** Groups to read, in this order. */
  cells: { schoolId: string; audience: string }[];
  /** Submitted at or after / before these instants. */
  since?: Date;
  before?: Date;
  pageSize?: number;
}

interface RawRow {
  id: number;
  versionId: string;
  schoolId: string;
  audience: string;
  /** SQLite: ISO text as Prisma writes it; PostgreSQL: a Date (read as UTC). */
  submittedAt: string | Date;
  /** SQLite: JSON text; PostgreSQL: parsed jsonb. */
  data: string | Record<string, unknown>;
}

/**
 * Responses page by page, group after group, each group in id order by keyset pagination
 * (`id > last`): the (survey, school, audience) index serves every page, and at most one page is
 * in memory, whatever the number of responses. Read through the raw driver (decision 016): the
 * rows go straight from the driver to the caller, without Prisma's copy of every page.
 */
export async function* streamResponses(db: Db, o: StreamOptions): AsyncGenerator<StreamedResponse[]> {
  const take = o.pageSize ?? 200;
  const reader = readerOf(db);
  const pg = reader.provider === "postgresql";
  const time = pg ? postgresTime : sqliteTime;
  const cast = pg ? "::timestamp" : "";
  const range = [...(o.since ? [`"submittedAt" >= ?${cast}`] : []), ...(o.before ? [`"submittedAt" < ?${cast}`] : [])];
  const bounds = [...(o.since ? [time(o.since)] : []), ...(o.before ? [time(o.before)] : [])];
  // PostgreSQL's timestamp(3) holds UTC wall time: read it as UTC, not in the server's zone.
  const at = pg ? `("submittedAt" AT TIME ZONE 'UTC') AS "submittedAt"` : `"submittedAt"`;
  const sql = `SELECT "id", "versionId", "schoolId", "audience", ${at}, "data" FROM "Response"
    WHERE "surveyId" = ? AND "schoolId" = ? AND "audience" = ? AND "id" > ?${range.map((r) => ` AND ${r}`).join("")}
    ORDER BY "id" LIMIT ?`;
  for (const cell of o.cells) {
    let last = 0;
    for (;;) {
      const rows = await reader.all<RawRow>(sql, [o.surveyId, cell.schoolId, cell.audience, last, ...bounds, take]);
      if (rows.length === 0) break;
      yield rows.map((r) => ({
        id: Number(r.id),
        versionId: r.versionId,
        schoolId: r.schoolId,
        audience: r.audience,
        submittedAt: r.submittedAt instanceof Date ? r.submittedAt : new Date(r.submittedAt),
        data: typeof r.data === "string" ? (JSON.parse(r.data) as Record<string, unknown>) : r.data,
      }));
      if (rows.length < take) break;
      last = Number(rows.at(-1)!.id);
      // SQLite reads are synchronous: let other requests in between pages of a long export.
      await setImmediate();
    }
  }
}
