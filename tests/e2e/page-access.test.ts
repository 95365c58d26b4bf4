import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { appFiles } from "../helpers/route-table";
import { createCaller } from "../helpers/factories";

/**
 * Every page × every role, against the production server: no session → sign-in page; a role with
 * no business on a page → 404. A page missing from this table fails the first test.
 */
type Who = "anonymous" | "city_admin" | "district_admin" | "school_admin" | "analyst";
const WHO: Who[] = ["anonymous", "city_admin", "district_admin", "school_admin", "analyst"];
const signedIn = (status: number): Record<Who, number> => ({ anonymous: 307, city_admin: status, district_admin: status, school_admin: status, analyst: status });

/** A demo survey every role can see (owned by the city), a link of it at the school admin's school, a campaign. */
interface Fixture {
  survey: string;
  link: string;
  campaign: string;
}
const ADMINS_ONLY = { anonymous: 307, city_admin: 200, district_admin: 200, school_admin: 200, analyst: 404 };
const CAMPAIGN_RUNNERS = { anonymous: 307, city_admin: 200, district_admin: 200, school_admin: 404, analyst: 404 };

const PAGES: Record<string, { path: string | ((f: Fixture) => string); expect: Record<Who, number> } | { public: string }> = {
  "/": { path: "/", expect: signedIn(200) },
  "/account": { path: "/account", expect: signedIn(200) },
  "/admin/users": { path: "/admin/users", expect: { anonymous: 307, city_admin: 200, district_admin: 200, school_admin: 200, analyst: 404 } },
  "/admin/mail": { path: "/admin/mail", expect: { anonymous: 307, city_admin: 200, district_admin: 200, school_admin: 200, analyst: 404 } },
  "/admin/audit": { path: "/admin/audit", expect: { anonymous: 307, city_admin: 200, district_admin: 404, school_admin: 404, analyst: 404 } },
  "/surveys": { path: "/surveys", expect: signedIn(200) },
  "/surveys/new": { path: "/surveys/new", expect: ADMINS_ONLY },
  "/surveys/{id}": { path: (f) => `/surveys/${f.survey}`, expect: signedIn(200) },
  "/surveys/{id}/distribute": { path: (f) => `/surveys/${f.survey}/distribute`, expect: ADMINS_ONLY },
  "/surveys/{id}/poster/{code}": { path: (f) => `/surveys/${f.survey}/poster/${f.link}`, expect: ADMINS_ONLY },
  "/campaigns": { path: "/campaigns", expect: CAMPAIGN_RUNNERS },
  // Every signed-in role sees a campaign's overview; its settings are shown to those who run campaigns.
  "/campaigns/{id}": { path: (f) => `/campaigns/${f.campaign}`, expect: signedIn(200) },
  // Results views: every signed-in role, each within its own unit ({survey}: a demo survey of the city,
  // visible to every unit below it). Out-of-scope units and surveys: tests/e2e/results.test.ts.
  "/surveys/{id}/results": { path: (f) => `/surveys/${f.survey}/results`, expect: signedIn(200) },
  "/surveys/{id}/participation": { path: (f) => `/surveys/${f.survey}/participation`, expect: signedIn(200) },
  "/surveys/{id}/compare": { path: (f) => `/surveys/${f.survey}/compare`, expect: signedIn(200) },
  "/surveys/{id}/crosstab": { path: (f) => `/surveys/${f.survey}/crosstab`, expect: signedIn(200) },
  "/surveys/{id}/report": { path: (f) => `/surveys/${f.survey}/report`, expect: signedIn(200) },
  "/findings": { path: "/findings", expect: signedIn(200) },
  // Unknown ids: signed-in callers get 404 like an out-of-scope one (the scenario test opens real ones).
  "/findings/{id}": { path: "/findings/no-such-finding", expect: signedIn(404) },
  "/surveys/{id}/texts": { path: "/surveys/no-such-survey/texts", expect: signedIn(404) },
  "/ni-ti-wo-ban/{campaign}": { public: "「你提我办」: published findings of a campaign, scrubbed quotes only" },
  "/ni-ti-wo-ban/{campaign}/{school}": { public: "「你提我办」 of one school" },
  "/signin": { public: "the sign-in form" },
  "/invite/{token}": { public: "an invited user sets a password; the secret is the credential" },
  "/s/{code}": { public: "the anonymous questionnaire" },
};

const baseUrl = inject("baseUrl");

describe("page access", () => {
  const cookies: Partial<Record<Who, string>> = {};
  let fixture: Fixture;

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    resetEnvCache();
    // The demo data has 扬州市 with districts and schools; bind each role to a real unit of it.
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school" }, include: { parent: true } });
    const callers = {
      city_admin: await createCaller("city_admin"),
      district_admin: await createCaller("district_admin", school.parent!.code),
      school_admin: await createCaller("school_admin", school.code),
      analyst: await createCaller("analyst", school.code),
    };
    for (const [who, c] of Object.entries(callers)) cookies[who as Who] = c.browser.cookie;
    const link = await db.distributionLink.findFirstOrThrow({ where: { schoolId: school.id, survey: { ownerId: null } } });
    fixture = { survey: link.surveyId, link: link.code, campaign: (await db.campaign.findFirstOrThrow()).id };
  });
  afterAll(closeDatabase);

  it("covers every page", () => {
    expect(Object.keys(PAGES).sort()).toEqual(appFiles("page.tsx").map((p) => p.template).sort());
  });

  for (const [template, entry] of Object.entries(PAGES)) {
    if ("public" in entry) continue;
    for (const who of WHO) {
      it(`${template} — ${who} → ${entry.expect[who]}`, async () => {
        const path = typeof entry.path === "string" ? entry.path : entry.path(fixture);
        const res = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: who === "anonymous" ? {} : { cookie: cookies[who]! } });
        expect(res.status).toBe(entry.expect[who]);
        if (res.status === 307) expect(res.headers.get("location")).toBe(`/signin?next=${encodeURIComponent(path)}`);
      });
    }
  }
});
