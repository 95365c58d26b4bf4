import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { listQuestions, type QuestionInfo } from "../surveys/list-questions";
import type { AnalyticsFilters } from "./analytics-filters";
import { describeQuestions, type QuestionMeta } from "./describe-questions";
import type { Thresholds } from "./group-rules";

export interface SchoolInScope {
  id: string;
  code: string;
  name: string;
  stage: string | null;
  districtId: string | null;
  districtName: string;
  staffCount: number;
  studentCount: number;
  parentCount: number;
}

export interface AnalyticsScope {
  surveyId: string;
  surveyTitle: string;
  thresholds: Thresholds;
  versions: { id: string; number: number }[];
  questions: QuestionMeta[];
  questionsByVersion: Map<string, QuestionInfo[]>;
  /** The unit the results are for: the `org` filter, else the caller's scope. */
  unit: { id: string; kind: string; code: string; name: string };
  /** Schools of that unit (after the stage filter). */
  schools: SchoolInScope[];
  /** True when every school counts (the city with no stage filter): queries need no school list. */
  allSchools: boolean;
  filters: AnalyticsFilters;
}

interface Described {
  questions: QuestionMeta[];
  questionsByVersion: Map<string, QuestionInfo[]>;
}

// Published versions never change, so their questions are read and parsed once per process.
const described = new Map<string, Described>();

async function describeVersions(db: Db, versionIds: string[]): Promise<Described> {
  const key = versionIds.join(",");
  const hit = described.get(key);
  if (hit) return hit;
  const versions = await db.surveyVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, json: true }, orderBy: { number: "asc" } });
  const result = { questions: describeQuestions(versions.map((v) => v.json)), questionsByVersion: new Map(versions.map((v) => [v.id, listQuestions(v.json)])) };
  if (described.size > 500) described.clear();
  described.set(key, result);
  return result;
}

const orgNotFound = () => new AppError("NOT_FOUND", "未找到该单位 (org not found in your scope)", [{ field: "org", message: "unknown school code or district name in scope" }]);

async function schoolsUnder(db: Db, unit: { id: string; kind: string }): Promise<SchoolInScope[]> {
  const where = unit.kind === "school" ? { id: unit.id } : unit.kind === "district" ? { kind: "school", parentId: unit.id } : { kind: "school" };
  const rows = await db.orgUnit.findMany({ where, orderBy: { code: "asc" }, include: { parent: { select: { id: true, name: true, kind: true } } } });
  return rows.map((s) => ({
    id: s.id,
    code: s.code,
    name: s.name,
    stage: s.stage,
    districtId: s.parent?.kind === "district" ? s.parent.id : null,
    districtName: s.parent?.kind === "district" ? s.parent.name : "",
    staffCount: s.staffCount,
    studentCount: s.studentCount,
    parentCount: s.parentCount,
  }));
}

/**
 * Resolves a survey and the part of the caller's scope (`scopeOrgId`: city, district or school)
 * the filters select. Unknown survey → 404 "id"; an org outside the scope → 404 "org".
 */
export async function loadAnalyticsScope(db: Db, surveyId: string, scopeOrgId: string, filters: AnalyticsFilters): Promise<AnalyticsScope> {
  const survey = await db.survey.findUnique({
    where: { id: surveyId },
    select: { id: true, title: true, minGroupSize: true, minTextGroupSize: true, versions: { select: { id: true, number: true, publishedAt: true }, orderBy: { number: "asc" } } },
  });
  if (!survey) throw new AppError("NOT_FOUND", "问卷不存在 (survey not found)", [{ field: "id", message: "not found" }]);
  const scope = await db.orgUnit.findUnique({ where: { id: scopeOrgId }, select: { id: true, kind: true, code: true, name: true, parentId: true } });
  if (!scope) throw orgNotFound();
  let unit = scope;
  if (filters.org !== undefined) {
    const found = await db.orgUnit.findUnique({ where: { code: filters.org }, select: { id: true, kind: true, code: true, name: true, parentId: true } });
    // A school's parent is a district whose parent is the city: two steps at most.
    const parent = found?.parentId ? await db.orgUnit.findUnique({ where: { id: found.parentId }, select: { parentId: true } }) : null;
    const lineage = [found?.id, found?.parentId, parent?.parentId];
    if (!found || !lineage.includes(scope.id)) throw orgNotFound();
    unit = found;
  }
  let schools = await schoolsUnder(db, unit);
  if (filters.stage !== undefined) schools = schools.filter((s) => s.stage === filters.stage);
  // Only versions that were ever published can hold responses; drafts would only add their questions.
  const answered = survey.versions.filter((v) => v.publishedAt !== null);
  const { questions, questionsByVersion } = await describeVersions(db, answered.map((v) => v.id));
  return {
    surveyId: survey.id,
    surveyTitle: survey.title,
    thresholds: { k: survey.minGroupSize, kText: Math.max(survey.minGroupSize, survey.minTextGroupSize) },
    versions: answered.map((v) => ({ id: v.id, number: v.number })),
    questions,
    questionsByVersion,
    unit: { id: unit.id, kind: unit.kind, code: unit.code, name: unit.name },
    schools,
    allSchools: unit.kind === "city" && filters.stage === undefined,
    filters,
  };
}
