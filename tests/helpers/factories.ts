import { createApiToken } from "@/lib/auth/create-api-token";
import { createSession } from "@/lib/auth/create-session";
import { csrfTokenFor } from "@/lib/auth/csrf-token";
import type { Role } from "@/lib/auth/roles";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { SESSION_COOKIE } from "@/lib/auth/session-policy";
import { ensureCity } from "@/lib/orgs/ensure-city";
import { createUser } from "@/lib/users/create-user";
import { getDb } from "@/lib/db/client";
import { importOrgs } from "@/lib/orgs/import-orgs";
import type { Audience } from "@/lib/surveys/audiences";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { insertResponsesBulk } from "@/lib/responses/insert-responses-bulk";
import { listQuestions } from "@/lib/surveys/list-questions";

export const SMALL_CSV = [
  "district,school_code,school_name,stage,staff,students,parents",
  "广陵区,3132100001,扬州市测试小学,小学,80,1200,2000",
  "广陵区,3132100002,扬州市测试初级中学,初中,100,1300,2100",
  "邗江区,3132200001,邗江区测试高级中学,高中,150,2000,3200",
].join("\n");

/** Three schools in two districts under 测试市. */
export async function createSchools(csv = SMALL_CSV) {
  await importOrgs(csv, { cityName: "测试市" });
  const db = await getDb();
  return db.orgUnit.findMany({ where: { kind: "school" }, orderBy: { code: "asc" } });
}

/** A small survey touching every tallied question type. */
export const EVERY_TYPE_SURVEY = {
  pages: [
    {
      name: "p1",
      elements: [
        { type: "html", name: "intro", html: "<p>匿名</p>" },
        { type: "radiogroup", name: "burden", isRequired: true, choices: [{ value: "light", text: "轻" }, { value: "heavy", text: "重" }] },
        { type: "checkbox", name: "issues", choices: [{ value: "canteen", text: "食堂" }, { value: "traffic", text: "交通" }, { value: "fees", text: "收费" }] },
        { type: "rating", name: "satisfaction", rateMin: 1, rateMax: 5 },
        { type: "boolean", name: "would_recommend" },
        { type: "text", name: "hours", inputType: "number", min: 0, max: 24 },
      ],
    },
    {
      name: "p2",
      elements: [
        { type: "matrix", name: "areas", columns: [1, 2, 3, 4, 5].map((v) => ({ value: v, text: String(v) })), rows: [{ value: "teaching", text: "教学" }, { value: "safety", text: "安全" }] },
        { type: "ranking", name: "priorities", choices: [{ value: "a", text: "甲" }, { value: "b", text: "乙" }, { value: "c", text: "丙" }] },
        { type: "comment", name: "suggestion", maxLength: 500 },
      ],
    },
  ],
};

export async function createPublishedSurvey(options: { audiences?: Audience[]; json?: Record<string, unknown> } = {}) {
  const audiences = options.audiences ?? ["staff", "parent"];
  const survey = await createSurvey({ title: "测试问卷", audiences, json: options.json ?? EVERY_TYPE_SURVEY });
  const published = await publishSurvey(survey.id);
  return { surveyId: survey.id, versionId: published.versionId, audiences };
}

export async function createLinks(surveyId: string, schoolIds: string[], audiences: Audience[]) {
  await generateLinks(surveyId, schoolIds, audiences);
  const db = await getDb();
  return db.distributionLink.findMany({ where: { surveyId }, orderBy: [{ schoolId: "asc" }, { audience: "asc" }] });
}

const TEST_PASSWORD = "correct horse battery";

/**
 * A signed-in user of a role at a unit (a school code, a district name; the city by default),
 * with an API token for bearer requests and a session cookie plus CSRF token for browser-style ones.
 */
export async function createCaller(role: Role, org?: string, email = `${role}.${Math.random().toString(36).slice(2, 10)}@test.wence`) {
  const db = await getDb();
  if (!org) await ensureCity(db, "测试市");
  const user = await createUser({ email, password: TEST_PASSWORD, role, org });
  const { token } = await createApiToken(user.id, "test");
  const session = await createSession(user.id);
  const csrfToken = await csrfTokenFor(hashSecretToken(session.token));
  return {
    user,
    email,
    password: TEST_PASSWORD,
    bearer: { authorization: `Bearer ${token}` },
    /** Cookie-session headers for a same-site request from our own pages. */
    browser: { cookie: `${SESSION_COOKIE}=${session.token}`, "x-csrf-token": csrfToken, origin: "http://localhost", host: "localhost" },
    sessionToken: session.token,
  };
}

/**
 * Responses answering only the free-text question `suggestion` of EVERY_TYPE_SURVEY (and the
 * required `burden`), through the bulk path, which scrubs as submission does.
 */
export async function createTextResponses(surveyId: string, schoolCode: string, audience: Audience, texts: string[]) {
  const db = await getDb();
  const school = await db.orgUnit.findUniqueOrThrow({ where: { code: schoolCode } });
  const link = await db.distributionLink.findUniqueOrThrow({ where: { surveyId_schoolId_audience: { surveyId, schoolId: school.id, audience } } });
  const survey = await db.survey.findUniqueOrThrow({ where: { id: surveyId }, include: { publishedVersion: true } });
  const version = survey.publishedVersion!;
  const rows = texts.map((text) => ({
    submissionId: crypto.randomUUID(),
    surveyId,
    versionId: version.id,
    linkId: link.id,
    schoolId: school.id,
    audience,
    receivedAt: new Date(),
    data: { burden: "heavy", suggestion: text },
  }));
  await insertResponsesBulk(rows, new Map([[version.id, listQuestions(version.json)]]));
  return db.textAnswer.findMany({ where: { surveyId, schoolId: school.id, audience }, orderBy: { id: "asc" } });
}
