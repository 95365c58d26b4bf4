import { beforeAll, describe, expect, it } from "vitest";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { loadTokenCaller } from "@/lib/auth/load-caller";
import { createFinding } from "@/lib/findings/create-finding";
import { addFindingAction } from "@/lib/findings/finding-actions";
import { loadThemes } from "@/lib/text/theme-taxonomy";
import { EVERY_TYPE_SURVEY, SMALL_CSV, createCaller, createPublishedSurvey, createSchools, createTextResponses } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";
import { appFiles, exportedMethods, paramsFor } from "../../helpers/route-table";

/**
 * Every API endpoint × every role × a resource inside and outside the caller's unit. Scope comes
 * from the resource: out of scope is 404, a role that may never use the endpoint is 403, no
 * credentials is 401. A route missing from this table fails the first test.
 */
type Who = "anonymous" | "city_admin" | "district_admin" | "school_admin" | "analyst";
const WHO: Who[] = ["anonymous", "city_admin", "district_admin", "school_admin", "analyst"];

interface Fixture {
  /** Users to act on: a school analyst at 3132100001 (the school admin's own school), one at 3132200001 (another district), a school admin at 3132100002 (same district, other school). */
  targets: { sameSchool: string; otherSchool: string; otherDistrict: string };
  /** Each caller's own token id, and another user's. */
  ownTokenId: Record<Exclude<Who, "anonymous">, string>;
  foreignTokenId: string;
  /** Surveys owned by the city, by school 3132100001 and by school 3132200001 (another district). */
  surveys: { city: string; ownSchool: string; otherDistrict: string };
  /** Links of the city survey at school 3132100001 and at 3132200001. */
  links: { ownSchool: string; otherDistrict: string };
  /** Scrubbed text answers to the city survey at 3132100001 and 3132200001 (12 each: shown). */
  texts: { ownSchool: number[]; otherDistrict: number[] };
  /** Findings about school 3132100001 and 3132200001, each with one action. */
  findings: { ownSchool: string; otherDistrict: string };
  actions: { ownSchool: string; otherDistrict: string };
  themeId: string;
  /** Campaigns owned by the city, by 广陵区 (the district admin's) and by 邗江区. */
  campaigns: { city: string; ownDistrict: string; otherDistrict: string };
}

interface Case {
  name: string;
  request: (f: Fixture, who: Who) => { path: string; body?: unknown };
  expect: Record<Who, number>;
}

const unique = () => Math.random().toString(36).slice(2, 10);
const all = (status: number, anonymous = 401): Record<Who, number> => ({ anonymous, city_admin: status, district_admin: status, school_admin: status, analyst: status });

const WORKING_DAY = "2030-01-15";
const PHASES: { phase: "launch" | "study" | "transform" | "review"; startsOn: string; endsOn: string }[] = [
  { phase: "launch", startsOn: "2026-09-01", endsOn: "2026-09-14" },
  { phase: "study", startsOn: "2026-09-15", endsOn: "2026-10-31" },
  { phase: "transform", startsOn: "2026-11-01", endsOn: "2026-12-15" },
  { phase: "review", startsOn: "2026-12-16", endsOn: "2027-01-31" },
];

const MATRIX: Record<string, Case[] | { public: string }> = {
  "GET /api/surveys/{id}/texts": [
    { name: "the caller's whole scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/texts` }), expect: all(200) },
    { name: "a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/texts?org=3132200001` }), expect: { ...all(404), city_admin: 200 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/texts` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/text-summary": [
    { name: "the caller's whole scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/text-summary` }), expect: all(200) },
    { name: "a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/text-summary?org=3132200001` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/contacts": [
    { name: "school administrators only", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/contacts` }), expect: { ...all(403), school_admin: 200 } },
  ],
  "PUT /api/texts/{id}/themes": [
    { name: "an answer at the school", request: (f) => ({ path: `/api/texts/${f.texts.ownSchool[0]}/themes`, body: { themes: ["canteen"] } }), expect: all(200) },
    { name: "an answer in another district", request: (f) => ({ path: `/api/texts/${f.texts.otherDistrict[0]}/themes`, body: { themes: ["canteen"] } }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/themes": [{ name: "the taxonomy", request: () => ({ path: "/api/themes" }), expect: all(200) }],
  "POST /api/themes": [
    { name: "city only", request: () => ({ path: "/api/themes", body: { code: `t_${unique()}`, name: "新主题", keywords: ["新词"] } }), expect: { ...all(403), city_admin: 201 } },
  ],
  "PATCH /api/themes/{id}": [
    { name: "city only", request: (f) => ({ path: `/api/themes/${f.themeId}`, body: { keywords: ["食堂", "饭菜"] } }), expect: { ...all(403), city_admin: 200 } },
  ],
  "GET /api/findings": [{ name: "supervision list in scope", request: () => ({ path: "/api/findings" }), expect: all(200) }],
  "GET /api/findings/export": [{ name: "supervision list in scope", request: () => ({ path: "/api/findings/export" }), expect: all(200) }],
  "POST /api/findings": [
    {
      name: "about the school, from its answers",
      request: (f) => ({ path: "/api/findings", body: { surveyId: f.surveys.city, title: "食堂", org: "3132100001", evidence: f.texts.ownSchool.slice(0, 3) } }),
      expect: all(201),
    },
    {
      name: "about a school in another district",
      request: (f) => ({ path: "/api/findings", body: { surveyId: f.surveys.city, title: "食堂", org: "3132200001", evidence: f.texts.otherDistrict.slice(0, 3) } }),
      expect: { ...all(404), city_admin: 201 },
    },
  ],
  "GET /api/findings/{id}": [
    { name: "about the school", request: (f) => ({ path: `/api/findings/${f.findings.ownSchool}` }), expect: all(200) },
    { name: "about a school in another district", request: (f) => ({ path: `/api/findings/${f.findings.otherDistrict}` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "PATCH /api/findings/{id}": [
    { name: "edit the text", request: (f) => ({ path: `/api/findings/${f.findings.ownSchool}`, body: { summary: unique() } }), expect: all(200) },
    { name: "publish (a decision)", request: (f) => ({ path: `/api/findings/${f.findings.ownSchool}`, body: { published: false } }), expect: { ...all(200), analyst: 403 } },
    { name: "in another district", request: (f) => ({ path: `/api/findings/${f.findings.otherDistrict}`, body: { summary: unique() } }), expect: { ...all(404), city_admin: 200 } },
  ],
  "POST /api/findings/{id}/actions": [
    {
      name: "owned by the school",
      request: (f) => ({ path: `/api/findings/${f.findings.ownSchool}/actions`, body: { kind: "measure", description: "增加窗口", owner: "3132100001", dueOn: WORKING_DAY } }),
      expect: { ...all(201), analyst: 403 },
    },
    {
      name: "on a finding in another district",
      request: (f) => ({ path: `/api/findings/${f.findings.otherDistrict}/actions`, body: { kind: "measure", description: "增加窗口", owner: "3132200001", dueOn: WORKING_DAY } }),
      expect: { ...all(404), city_admin: 201 },
    },
  ],
  "PATCH /api/findings/{id}/actions/{actionId}": [
    { name: "the school's action", request: (f) => ({ path: `/api/findings/${f.findings.ownSchool}/actions/${f.actions.ownSchool}`, body: { progress: 50 } }), expect: { ...all(200), analyst: 403 } },
    { name: "an action in another district", request: (f) => ({ path: `/api/findings/${f.findings.otherDistrict}/actions/${f.actions.otherDistrict}`, body: { progress: 50 } }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/health": { public: "load balancer probe; reveals no data" },
  "POST /api/locale": { public: "sets the visitor's UI language cookie" },
  "GET /api/openapi.json": { public: "the API description" },
  "POST /api/s/{code}/responses": { public: "anonymous respondents submit answers (issue 3)" },
  "POST /api/auth/signin": { public: "signing in" },
  "POST /api/auth/accept-invitation": { public: "an invited user sets a password with a single-use secret" },
  "POST /api/auth/signout": [{ name: "own session", request: () => ({ path: "/api/auth/signout" }), expect: all(204) }],
  "POST /api/auth/password": [
    { name: "wrong current password", request: () => ({ path: "/api/auth/password", body: { currentPassword: "not it at all", newPassword: "a new long password" } }), expect: all(422) },
  ],
  "GET /api/me": [{ name: "self", request: () => ({ path: "/api/me" }), expect: all(200) }],
  "GET /api/orgs": [{ name: "units in scope", request: () => ({ path: "/api/orgs" }), expect: all(200) }],
  "POST /api/orgs/import": [
    {
      name: "city only",
      request: () => ({ path: "/api/orgs/import", body: SMALL_CSV }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 403, school_admin: 403, analyst: 403 },
    },
  ],
  "GET /api/users": [{ name: "users in scope", request: () => ({ path: "/api/users" }), expect: all(200) }],
  "POST /api/users": [
    {
      name: "invite into the school admin's school",
      request: () => ({ path: "/api/users", body: { email: `${unique()}@test.wence`, role: "analyst", org: "3132100001" } }),
      expect: { anonymous: 401, city_admin: 201, district_admin: 201, school_admin: 201, analyst: 403 },
    },
    {
      name: "invite into another district",
      request: () => ({ path: "/api/users", body: { email: `${unique()}@test.wence`, role: "analyst", org: "3132200001" } }),
      expect: { anonymous: 401, city_admin: 201, district_admin: 404, school_admin: 404, analyst: 403 },
    },
    {
      name: "grant a role above one's own",
      request: () => ({ path: "/api/users", body: { email: `${unique()}@test.wence`, role: "district_admin", org: "广陵区" } }),
      expect: { anonymous: 401, city_admin: 201, district_admin: 201, school_admin: 403, analyst: 403 },
    },
  ],
  "PATCH /api/users/{id}": [
    {
      name: "a user at the same school",
      request: (f) => ({ path: `/api/users/${f.targets.sameSchool}`, body: { name: unique() } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 200, school_admin: 200, analyst: 404 },
    },
    {
      name: "a user at another school of the district",
      request: (f) => ({ path: `/api/users/${f.targets.otherSchool}`, body: { name: unique() } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 200, school_admin: 404, analyst: 404 },
    },
    {
      name: "a user in another district",
      request: (f) => ({ path: `/api/users/${f.targets.otherDistrict}`, body: { name: unique() } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 404 },
    },
  ],
  "GET /api/tokens": [{ name: "own tokens", request: () => ({ path: "/api/tokens" }), expect: all(200) }],
  "POST /api/tokens": [{ name: "new own token", request: () => ({ path: "/api/tokens", body: { name: "script" } }), expect: all(201) }],
  "DELETE /api/tokens/{id}": [
    // Revoking one's own token would end the bearer used by the next case; revoke a spare one.
    { name: "someone else's token", request: (f) => ({ path: `/api/tokens/${f.foreignTokenId}` }), expect: all(404) },
  ],
  "GET /api/surveys": [{ name: "surveys in scope", request: () => ({ path: "/api/surveys" }), expect: all(200) }],
  "POST /api/surveys": [
    {
      name: "a new survey of one's own unit",
      request: () => ({ path: "/api/surveys", body: { title: "新问卷", audiences: ["staff"], json: EVERY_TYPE_SURVEY } }),
      expect: { anonymous: 401, city_admin: 201, district_admin: 201, school_admin: 201, analyst: 403 },
    },
  ],
  "GET /api/surveys/{id}": [
    { name: "the city's survey", request: (f) => ({ path: `/api/surveys/${f.surveys.city}` }), expect: all(200) },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "PUT /api/surveys/{id}": [
    { name: "the city's survey", request: (f) => ({ path: `/api/surveys/${f.surveys.city}`, body: { json: EVERY_TYPE_SURVEY } }), expect: { ...all(403), city_admin: 200 } },
    { name: "the school's own survey", request: (f) => ({ path: `/api/surveys/${f.surveys.ownSchool}`, body: { json: EVERY_TYPE_SURVEY } }), expect: { ...all(200), analyst: 403 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}`, body: { json: EVERY_TYPE_SURVEY } }), expect: { ...all(404), city_admin: 200 } },
  ],
  "PATCH /api/surveys/{id}": [
    { name: "the city's survey", request: (f) => ({ path: `/api/surveys/${f.surveys.city}`, body: { title: "改名" } }), expect: { ...all(403), city_admin: 200 } },
    { name: "the school's own survey", request: (f) => ({ path: `/api/surveys/${f.surveys.ownSchool}`, body: { title: "改名" } }), expect: { ...all(200), analyst: 403 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}`, body: { title: "改名" } }), expect: { ...all(404), city_admin: 200 } },
  ],
  "POST /api/surveys/{id}/publish": [
    { name: "the city's survey", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/publish` }), expect: { ...all(403), city_admin: 200 } },
    { name: "the school's own survey", request: (f) => ({ path: `/api/surveys/${f.surveys.ownSchool}/publish` }), expect: { ...all(200), analyst: 403 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/publish` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/links": [
    { name: "the city's survey", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/links` }), expect: all(200) },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/links` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "POST /api/surveys/{id}/links": [
    {
      name: "for the school admin's school",
      request: (f) => ({ path: `/api/surveys/${f.surveys.city}/links`, body: { orgs: ["3132100001"] } }),
      expect: { ...all(200), analyst: 403 },
    },
    {
      name: "for a school in another district",
      request: (f) => ({ path: `/api/surveys/${f.surveys.city}/links`, body: { orgs: ["3132200001"] } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 403 },
    },
  ],
  "GET /api/surveys/{id}/diff": [
    { name: "the city's survey", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/diff?from=1&to=1` }), expect: all(200) },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/diff?from=1&to=1` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/summary": [
    { name: "the caller's whole scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/summary` }), expect: all(200) },
    { name: "a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/summary?org=3132200001` }), expect: { ...all(404), city_admin: 200 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/summary` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/export": [
    { name: "the caller's whole scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/export?format=csv` }), expect: all(200) },
    { name: "aggregates of the caller's whole scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/export?format=xlsx&kind=aggregates` }), expect: all(200) },
    { name: "aggregates of a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/export?format=xlsx&kind=aggregates&org=3132200001` }), expect: { ...all(404), city_admin: 200 } },
    { name: "a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/export?org=3132200001` }), expect: { ...all(404), city_admin: 200 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/export` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/participation": [
    { name: "the caller's whole scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/participation?target=0.5` }), expect: all(200) },
    { name: "a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/participation?org=3132200001` }), expect: { ...all(404), city_admin: 200 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/participation` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/compare": [
    { name: "districts within the caller's scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/compare` }), expect: all(200) },
    { name: "the school admin's school", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/compare?school=3132100001` }), expect: all(200) },
    { name: "a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/compare?school=3132200001` }), expect: { ...all(404), city_admin: 200 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/compare` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/crosstab": [
    { name: "the caller's whole scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/crosstab?question=burden&by=audience` }), expect: all(200) },
    { name: "a school in another district", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/crosstab?question=burden&by=audience&org=3132200001` }), expect: { ...all(404), city_admin: 200 } },
    // That survey was never published: no question of it can be tabulated yet (400) for the one caller who may see it.
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/crosstab?question=burden&by=audience` }), expect: { ...all(404), city_admin: 400 } },
  ],
  "GET /api/links/{code}/qr": [
    { name: "a link of the school admin's school", request: (f) => ({ path: `/api/links/${f.links.ownSchool}/qr` }), expect: all(200) },
    { name: "a link in another district", request: (f) => ({ path: `/api/links/${f.links.otherDistrict}/qr` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "GET /api/surveys/{id}/invitations": [
    { name: "counts in the caller's unit", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/invitations` }), expect: { ...all(200), analyst: 403 } },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/invitations` }), expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 403 } },
  ],
  "POST /api/surveys/{id}/invitations": [
    {
      name: "staff of the school admin's school",
      request: (f) => ({ path: `/api/surveys/${f.surveys.city}/invitations`, body: { school: "3132100001", emails: [`${unique()}@school.example.cn`] } }),
      expect: { anonymous: 401, city_admin: 201, district_admin: 201, school_admin: 201, analyst: 403 },
    },
    {
      name: "staff of a school in another district",
      request: (f) => ({ path: `/api/surveys/${f.surveys.city}/invitations`, body: { school: "3132200001", emails: [`${unique()}@school.example.cn`] } }),
      expect: { anonymous: 401, city_admin: 201, district_admin: 404, school_admin: 404, analyst: 403 },
    },
    {
      name: "another district's school survey, at the school admin's school",
      request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/invitations`, body: { school: "3132100001", emails: [`${unique()}@school.example.cn`] } }),
      // Visible to the city, which learns that the survey does not cover this school.
      expect: { anonymous: 401, city_admin: 422, district_admin: 404, school_admin: 404, analyst: 403 },
    },
    {
      name: "a survey that does not exist",
      request: () => ({ path: `/api/surveys/no-such-survey/invitations`, body: { school: "3132100001", emails: ["a@school.example.cn"] } }),
      expect: { anonymous: 401, city_admin: 404, district_admin: 404, school_admin: 404, analyst: 403 },
    },
  ],
  "POST /api/surveys/{id}/reminders": [
    { name: "all schools in scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/reminders`, body: { round: unique() } }), expect: { ...all(200), analyst: 403 } },
    {
      name: "a school in another district",
      request: (f) => ({ path: `/api/surveys/${f.surveys.city}/reminders`, body: { school: "3132200001", round: unique() } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 403 },
    },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/reminders`, body: {} }), expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 403 } },
  ],
  "POST /api/surveys/{id}/participation/reminders": [
    { name: "flagged schools in scope", request: (f) => ({ path: `/api/surveys/${f.surveys.city}/participation/reminders`, body: { target: 1 } }), expect: { ...all(200), analyst: 403 } },
    {
      name: "a school in another district",
      request: (f) => ({ path: `/api/surveys/${f.surveys.city}/participation/reminders`, body: { orgs: ["3132200001"] } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 403 },
    },
    { name: "another district's school survey", request: (f) => ({ path: `/api/surveys/${f.surveys.otherDistrict}/participation/reminders`, body: {} }), expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 403 } },
  ],
  "GET /api/mail/outbox": [{ name: "messages in scope", request: () => ({ path: "/api/mail/outbox" }), expect: { ...all(200), analyst: 403 } }],
  "GET /api/campaigns": [{ name: "campaigns in scope", request: () => ({ path: "/api/campaigns" }), expect: all(200) }],
  "POST /api/campaigns": [
    {
      name: "a campaign of one's own unit",
      request: () => ({ path: "/api/campaigns", body: { title: "新活动", phases: PHASES } }),
      expect: { anonymous: 401, city_admin: 201, district_admin: 201, school_admin: 403, analyst: 403 },
    },
  ],
  "GET /api/campaigns/{id}": [
    { name: "the city's campaign", request: (f) => ({ path: `/api/campaigns/${f.campaigns.city}` }), expect: all(200) },
    { name: "another district's campaign", request: (f) => ({ path: `/api/campaigns/${f.campaigns.otherDistrict}` }), expect: { ...all(404), city_admin: 200 } },
  ],
  "PATCH /api/campaigns/{id}": [
    {
      name: "the city's campaign",
      request: (f) => ({ path: `/api/campaigns/${f.campaigns.city}`, body: { title: "改名" } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 403, school_admin: 403, analyst: 403 },
    },
    {
      name: "the district's own campaign",
      request: (f) => ({ path: `/api/campaigns/${f.campaigns.ownDistrict}`, body: { phases: PHASES } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 200, school_admin: 403, analyst: 403 },
    },
    {
      name: "another district's campaign",
      request: (f) => ({ path: `/api/campaigns/${f.campaigns.otherDistrict}`, body: { title: "改名" } }),
      expect: { anonymous: 401, city_admin: 200, district_admin: 404, school_admin: 403, analyst: 403 },
    },
  ],
  "GET /api/audit": [
    { name: "city only", request: () => ({ path: "/api/audit" }), expect: { anonymous: 401, city_admin: 200, district_admin: 403, school_admin: 403, analyst: 403 } },
  ],
};

const routes = appFiles("route.ts").flatMap((r) => exportedMethods(r.file).map((method) => ({ key: `${method} ${r.template}`, method, ...r })));

describe("authorisation matrix", () => {
  it("covers every API endpoint", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(routes.map((r) => r.key).sort());
  });

  let fixture: Fixture;
  const auth: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    await resetDatabase();
    await createSchools();
    const callers = {
      city_admin: await createCaller("city_admin"),
      district_admin: await createCaller("district_admin", "广陵区"),
      school_admin: await createCaller("school_admin", "3132100001"),
      analyst: await createCaller("analyst", "3132100001"),
    };
    for (const [who, c] of Object.entries(callers)) auth[who as Who] = c.bearer.authorization;
    const other = await createCaller("analyst", "3132200001");
    const db = await getDb();
    const tokenOf = async (userId: string) => (await db.apiToken.findFirstOrThrow({ where: { userId } })).id;
    fixture = {
      targets: {
        sameSchool: (await createCaller("analyst", "3132100001")).user.id,
        otherSchool: (await createCaller("school_admin", "3132100002")).user.id,
        otherDistrict: other.user.id,
      },
      ownTokenId: {
        city_admin: await tokenOf(callers.city_admin.user.id),
        district_admin: await tokenOf(callers.district_admin.user.id),
        school_admin: await tokenOf(callers.school_admin.user.id),
        analyst: await tokenOf(callers.analyst.user.id),
      },
      foreignTokenId: await tokenOf(other.user.id),
      surveys: { city: "", ownSchool: "", otherDistrict: "" },
      links: { ownSchool: "", otherDistrict: "" },
      texts: { ownSchool: [], otherDistrict: [] },
      findings: { ownSchool: "", otherDistrict: "" },
      actions: { ownSchool: "", otherDistrict: "" },
      themeId: "",
      campaigns: { city: "", ownDistrict: "", otherDistrict: "" },
    };
    const schools = await db.orgUnit.findMany({ where: { kind: "school" } });
    const schoolId = (code: string) => schools.find((s) => s.code === code)!.id;
    const city = await createPublishedSurvey({ audiences: ["staff"] });
    await generateLinks(city.surveyId, schools.map((s) => s.id), ["staff"]);
    const linkAt = async (code: string) => (await db.distributionLink.findFirstOrThrow({ where: { surveyId: city.surveyId, schoolId: schoolId(code) } })).code;
    fixture.surveys = {
      city: city.surveyId,
      ownSchool: (await createSurvey({ title: "校内问卷", audiences: ["staff"], json: EVERY_TYPE_SURVEY, ownerId: schoolId("3132100001") })).id,
      otherDistrict: (await createSurvey({ title: "外区问卷", audiences: ["staff"], json: EVERY_TYPE_SURVEY, ownerId: schoolId("3132200001") })).id,
    };
    fixture.links = { ownSchool: await linkAt("3132100001"), otherDistrict: await linkAt("3132200001") };
    const answers = Array.from({ length: 12 }, (_, i) => `食堂饭菜太咸，第${i + 1}次反映了。`);
    fixture.texts = {
      ownSchool: (await createTextResponses(city.surveyId, "3132100001", "staff", answers)).map((t) => t.id),
      otherDistrict: (await createTextResponses(city.surveyId, "3132200001", "staff", answers)).map((t) => t.id),
    };
    const cityCaller = await loadTokenCaller(callers.city_admin.bearer.authorization.slice(7));
    const findingAt = async (org: string, texts: number[]) => {
      const f = await createFinding(db, cityCaller!, { surveyId: city.surveyId, title: "食堂", summary: "", org, priority: "medium", evidence: texts.slice(0, 3) });
      const withAction = await addFindingAction(db, cityCaller!, f.id, { kind: "measure", description: "调整口味", owner: org, ownerDetail: "", dueOn: WORKING_DAY, progress: 0, evidenceNotes: "" });
      return { id: f.id, action: withAction.actions[0]!.id };
    };
    const own = await findingAt("3132100001", fixture.texts.ownSchool);
    const far = await findingAt("3132200001", fixture.texts.otherDistrict);
    fixture.findings = { ownSchool: own.id, otherDistrict: far.id };
    fixture.actions = { ownSchool: own.action, otherDistrict: far.action };
    fixture.themeId = (await loadThemes(db)).find((t) => t.code === "canteen")!.id;
    const unit = async (code: string) => (await db.orgUnit.findUniqueOrThrow({ where: { code } })).id;
    const cityId = (await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } })).id;
    fixture.campaigns = {
      city: (await createCampaign({ ownerId: cityId, title: "市级活动", phases: PHASES })).id,
      ownDistrict: (await createCampaign({ ownerId: await unit("广陵区"), title: "区级活动", phases: PHASES })).id,
      otherDistrict: (await createCampaign({ ownerId: await unit("邗江区"), title: "外区活动", phases: PHASES })).id,
    };
  });

  for (const route of routes) {
    const entry = MATRIX[route.key];
    if (!entry || !Array.isArray(entry)) continue;
    for (const c of entry) {
      for (const who of WHO) {
        it(`${route.key} — ${c.name} — ${who} → ${c.expect[who]}`, async () => {
          const mod = (await import(route.file)) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
          const { path, body } = c.request(fixture, who);
          const headers: Record<string, string> = {};
          if (who !== "anonymous") headers.authorization = auth[who]!;
          if (body !== undefined) headers["content-type"] = typeof body === "string" ? "text/csv" : "application/json";
          const request = new Request(`http://localhost${path}`, {
            method: route.method,
            headers,
            ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
          });
          const response = await mod[route.method]!(request, { params: Promise.resolve(paramsFor(route.template, path)) });
          expect(response.status, await response.clone().text()).toBe(c.expect[who]);
        });
      }
    }
  }
});
