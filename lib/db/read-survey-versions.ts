import { readerOf, type Db } from "./client";

export interface SurveyWithVersions {
  id: string;
  title: string;
  ownerId: string | null;
  minGroupSize: number;
  minTextGroupSize: number;
  /** By number; `published`: the version was ever published (only those hold responses). */
  versions: { id: string; number: number; published: boolean }[];
}

/** A survey's analytics settings and its versions in one raw read (decision 016); null if unknown. */
export async function readSurveyWithVersions(db: Db, surveyId: string): Promise<SurveyWithVersions | null> {
  const rows = await readerOf(db).all<{ id: string; title: string; ownerId: string | null; minGroupSize: number; minTextGroupSize: number; versionId: string | null; number: number | null; published: number | boolean | null }>(
    `SELECT s."id", s."title", s."ownerId", s."minGroupSize", s."minTextGroupSize", v."id" AS "versionId", v."number", v."publishedAt" IS NOT NULL AS "published"
     FROM "Survey" s LEFT JOIN "SurveyVersion" v ON v."surveyId" = s."id" WHERE s."id" = ? ORDER BY v."number"`,
    [surveyId],
  );
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.id,
    title: first.title,
    ownerId: first.ownerId,
    minGroupSize: Number(first.minGroupSize),
    minTextGroupSize: Number(first.minTextGroupSize),
    versions: rows.filter((r) => r.versionId !== null).map((r) => ({ id: r.versionId!, number: Number(r.number), published: Boolean(r.published) })),
  };
}

/** The unit that owns a survey (null: the city), or undefined when there is no such survey. */
export async function readSurveyOwner(db: Db, surveyId: string): Promise<{ ownerId: string | null } | undefined> {
  return (await readerOf(db).all<{ ownerId: string | null }>(`SELECT "ownerId" FROM "Survey" WHERE "id" = ?`, [surveyId]))[0];
}
