import type { Db } from "../db/client";
import { readOrgById, readOrgByCode, readOrgLineage, readSchoolsUnder } from "../db/read-org-units";
import { readSurveyWithVersions } from "../db/read-survey-versions";
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
  return (await readSchoolsUnder(db, unit)).map((s) => ({
    id: s.id,
    code: s.code,
    name: s.name,
    stage: s.stage,
    districtId: s.parentKind === "district" ? s.parentId : null,
    districtName: s.parentKind === "district" ? (s.parentName ?? "") : "",
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
  // Raw reads (decision 016): this runs on every analytics request. Reads that do not depend on
  // each other go out together: on PostgreSQL each is a round trip.
  const [survey, scope, found] = await Promise.all([
    readSurveyWithVersions(db, surveyId),
    readOrgById(db, scopeOrgId),
    filters.org === undefined ? Promise.resolve(null) : readOrgByCode(db, filters.org),
  ]);
  if (!survey) throw new AppError("NOT_FOUND", "问卷不存在 (survey not found)", [{ field: "id", message: "not found" }]);
  if (!scope) throw orgNotFound();
  const unit = filters.org === undefined ? scope : found;
  if (!unit) throw orgNotFound();
  // Only versions that were ever published can hold responses; drafts would only add their questions.
  const answered = survey.versions.filter((v) => v.published);
  const [lineage, under, { questions, questionsByVersion }] = await Promise.all([
    unit === scope ? Promise.resolve([scope.id]) : readOrgLineage(db, unit.id),
    schoolsUnder(db, unit),
    describeVersions(db, answered.map((v) => v.id)),
  ]);
  // Nothing read for a unit outside the scope leaves this function.
  if (!lineage.includes(scope.id)) throw orgNotFound();
  const schools = filters.stage === undefined ? under : under.filter((s) => s.stage === filters.stage);
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
