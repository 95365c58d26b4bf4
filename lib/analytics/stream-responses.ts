import type { Db } from "../db/client";

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

/**
 * Responses page by page, group after group, each group in id order by keyset pagination
 * (`id > last`): the (survey, school, audience) index serves every page, and at most one page is
 * in memory, whatever the number of responses.
 */
export async function* streamResponses(db: Db, o: StreamOptions): AsyncGenerator<StreamedResponse[]> {
  const take = o.pageSize ?? 2_000;
  const submittedAt = o.since || o.before ? { ...(o.since ? { gte: o.since } : {}), ...(o.before ? { lt: o.before } : {}) } : undefined;
  for (const cell of o.cells) {
    let last = 0;
    for (;;) {
      const page = await db.response.findMany({
        where: { surveyId: o.surveyId, schoolId: cell.schoolId, audience: cell.audience, id: { gt: last }, ...(submittedAt ? { submittedAt } : {}) },
        orderBy: { id: "asc" },
        take,
        select: { id: true, versionId: true, schoolId: true, audience: true, submittedAt: true, data: true },
      });
      if (page.length === 0) break;
      yield page as StreamedResponse[];
      if (page.length < take) break;
      last = page.at(-1)!.id;
    }
  }
}
