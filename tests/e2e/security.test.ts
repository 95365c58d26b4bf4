import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { createCaller } from "../helpers/factories";

/** What every page and API answer must carry, checked against the production server. */
const baseUrl = inject("baseUrl");

function scriptSrc(csp: string): string {
  return csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
}

describe("security headers and error bodies", () => {
  let cookie = "";
  let surveyCode = "";
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    resetEnvCache();
    cookie = (await createCaller("city_admin")).browser.cookie;
    const db = await getDb();
    surveyCode = (await db.distributionLink.findFirstOrThrow({ where: { closedAt: null } })).code;
  });
  afterAll(closeDatabase);

  const pages = () => ["/", "/account", "/admin/users", "/admin/audit", "/signin", "/invite/not-a-token", `/s/${surveyCode}`, "/no-such-page"];

  it("every page has a nonce-based CSP with no inline or eval scripts, frame and sniffing protection, and a same-origin referrer policy", async () => {
    for (const path of pages()) {
      const res = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
      const csp = res.headers.get("content-security-policy") ?? "";
      const scripts = scriptSrc(csp);
      expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'unsafe-eval'");
      expect(csp, path).toContain("frame-ancestors 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("same-origin");
      expect(res.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
      if (res.status === 200) {
        const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!;
        const html = await res.text();
        const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(tags.length, path).toBeGreaterThan(0);
        for (const tag of tags) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
      }
    }
  });

  it("gives each response its own nonce", async () => {
    const a = (await fetch(`${baseUrl}/signin`)).headers.get("content-security-policy");
    const b = (await fetch(`${baseUrl}/signin`)).headers.get("content-security-policy");
    expect(a).not.toBe(b);
  });

  it("API answers, including the submission fast path, are marked nosniff", async () => {
    const health = await fetch(`${baseUrl}/api/health`);
    const submit = await fetch(`${baseUrl}/api/s/${surveyCode}/responses`, { method: "POST", body: "{", headers: { "content-type": "application/json" } });
    for (const res of [health, submit]) expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("no error body carries a stack trace, SQL or a driver's message", async () => {
    const bad: [string, RequestInit][] = [
      [`/api/s/${surveyCode}/responses`, { method: "POST", body: '{"id": 1, "data": []}' }],
      [`/api/s/${surveyCode}/responses`, { method: "POST", body: "\u0000\u0001not json" }],
      ["/api/s/nope/responses", { method: "POST", body: "{}" }],
      ["/api/auth/signin", { method: "POST", body: '{"email": "x\' OR 1=1 --", "password": "p"}', headers: { origin: baseUrl } }],
      ["/api/surveys/'; DROP TABLE \"User\"; --", { headers: { cookie } }],
      ["/api/surveys", { method: "POST", body: '{"title": 5}', headers: { cookie, origin: baseUrl } }],
      ["/api/users", { method: "POST", body: "[]", headers: { cookie, origin: baseUrl } }],
      ["/api/audit?before=abc", { headers: { cookie } }],
    ];
    for (const [path, init] of bad) {
      const res = await fetch(`${baseUrl}${path}`, { ...init, headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) } });
      const body = await res.text();
      expect(res.status, `${path} ${body}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${path} ${body}`).toBeLessThan(500);
      expect(body, path).not.toMatch(/\n\s+at |prisma|SQLITE|SELECT |INSERT |better-sqlite3|node_modules|\.ts:\d+/i);
    }
  });

  it("the device cookie is HttpOnly and SameSite, and a stored response holds no address or user agent", async () => {
    const page = await fetch(`${baseUrl}/s/${surveyCode}`);
    expect(page.headers.get("set-cookie")).toMatch(/wence_device=[\w-]{24}; Path=\/; Expires=[^;]+; Max-Age=\d+; (Secure; )?HttpOnly; SameSite=lax/i);
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school" } });
    const survey = await createSurvey({ title: "隐私检查", audiences: ["parent"], json: { pages: [{ name: "p1", elements: [{ type: "comment", name: "note" }] }] } });
    await publishSurvey(survey.id);
    const [link] = await generateLinks(survey.id, [school.id], ["parent"]);
    const id = crypto.randomUUID();
    const submitted = await fetch(`${baseUrl}/api/s/${link!.code}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "UA-MARKER/9.9 (WeChat)", "x-forwarded-for": "198.51.100.77", cookie: "wence_device=AAAAAAAAAAAAAAAAAAAAAAAA" },
      body: JSON.stringify({ id, data: { note: "请加强校门口交通疏导" } }),
    });
    expect(submitted.status).toBe(201);
    const row = await db.response.findUniqueOrThrow({ where: { submissionId: id } });
    expect(row.submittedAt.getUTCMinutes()).toBe(0);
    expect(row.submittedAt.getUTCSeconds()).toBe(0);
    const rows = JSON.stringify(row) + JSON.stringify(await db.deviceSubmission.findMany());
    expect(rows).not.toContain("UA-MARKER");
    expect(rows).not.toContain("198.51.100.77");
    expect(rows).not.toContain("AAAAAAAAAAAAAAAAAAAAAAAA");
  });
});
