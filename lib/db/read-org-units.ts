import { readerOf, type Db } from "./client";

// The org tree as analytics and scope checks read it, through the raw driver (decision 016):
// these lookups run on every analytics request, and through Prisma each cost more than the tally
// reads of a school's summary.

export interface OrgRow {
  id: string;
  kind: string;
  code: string;
  name: string;
  parentId: string | null;
}

export interface SchoolRow extends OrgRow {
  stage: string | null;
  staffCount: number;
  studentCount: number;
  parentCount: number;
  parentKind: string | null;
  parentName: string | null;
}

const ORG = `o."id", o."kind", o."code", o."name", o."parentId"`;

export async function readOrgById(db: Db, id: string): Promise<OrgRow | null> {
  return (await readerOf(db).all<OrgRow>(`SELECT ${ORG} FROM "OrgUnit" o WHERE o."id" = ?`, [id]))[0] ?? null;
}

export async function readOrgByCode(db: Db, code: string): Promise<OrgRow | null> {
  return (await readerOf(db).all<OrgRow>(`SELECT ${ORG} FROM "OrgUnit" o WHERE o."code" = ?`, [code]))[0] ?? null;
}

export async function readCityId(db: Db): Promise<string | null> {
  return (await readerOf(db).all<{ id: string }>(`SELECT "id" FROM "OrgUnit" WHERE "kind" = 'city' LIMIT 1`))[0]?.id ?? null;
}

/** The unit and its ancestors' ids, nearest first (at most five: the tree is three levels deep). */
export async function readOrgLineage(db: Db, id: string): Promise<string[]> {
  const rows = await readerOf(db).all<{ id: string }>(
    `WITH RECURSIVE up("id", "parentId", "depth") AS (
       SELECT "id", "parentId", 1 FROM "OrgUnit" WHERE "id" = ?
       UNION ALL SELECT o."id", o."parentId", up."depth" + 1 FROM "OrgUnit" o JOIN up ON o."id" = up."parentId" WHERE up."depth" < 5)
     SELECT "id" FROM up ORDER BY "depth"`,
    [id],
  );
  return rows.map((r) => r.id);
}

/** Schools of a unit (a school: itself; a district: its schools; the city: all), by code, with their parent. */
export async function readSchoolsUnder(db: Db, unit: { id: string; kind: string }): Promise<SchoolRow[]> {
  const where = unit.kind === "school" ? `o."id" = ?` : unit.kind === "district" ? `o."kind" = 'school' AND o."parentId" = ?` : `o."kind" = 'school'`;
  const rows = await readerOf(db).all<SchoolRow>(
    `SELECT ${ORG}, o."stage", o."staffCount", o."studentCount", o."parentCount", p."kind" AS "parentKind", p."name" AS "parentName"
     FROM "OrgUnit" o LEFT JOIN "OrgUnit" p ON p."id" = o."parentId" WHERE ${where} ORDER BY o."code"`,
    unit.kind === "city" ? [] : [unit.id],
  );
  return rows.map((r) => ({ ...r, staffCount: Number(r.staffCount), studentCount: Number(r.studentCount), parentCount: Number(r.parentCount) }));
}
