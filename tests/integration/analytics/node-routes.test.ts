import http from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as summaryRoute } from "@/app/api/surveys/[id]/summary/route";
import { getDb } from "@/lib/db/client";
import { answerFastPath } from "@/scripts/lib/answer-fast-path";
import { answerMaker, insertPlaced, type Placed } from "../../helpers/analytics-oracle";
import { createCaller, createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";

// The production server answers the summary and the export itself, from node:http (decisions 019,
// 020). What a client gets must not depend on which server answered.

async function setup(perLink: number) {
  const schools = await createSchools();
  const survey = await createPublishedSurvey();
  const links = await createLinks(survey.surveyId, schools.map((s) => s.id), survey.audiences);
  const make = answerMaker(EVERY_TYPE_SURVEY, 5);
  const placed: Placed[] = links.flatMap((link) => Array.from({ length: perLink }, () => ({ link, data: make(), at: new Date(Date.UTC(2026, 10, 3, 2)) })));
  await insertPlaced(survey.surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
  return { survey, admin: await createCaller("city_admin") };
}

describe("analytics routes answered from node:http", () => {
  let server: http.Server;
  let origin: string;
  beforeEach(async () => {
    await resetDatabase();
    server = http.createServer((req, res) => {
      if (!answerFastPath(req, res, 0)) {
        res.writeHead(418);
        res.end("not a fast path");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers a summary exactly as the handler does, with the security headers", async () => {
    const { survey, admin } = await setup(6);
    const url = `/api/surveys/${survey.surveyId}/summary?audience=parent`;
    const direct = await summaryRoute(new Request(`${origin}${url}`, { headers: admin.bearer }), { params: Promise.resolve({ id: survey.surveyId }) });
    const served = await fetch(`${origin}${url}`, { headers: admin.bearer });
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(await direct.json());
    expect(served.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("keeps the handler's errors: 401 without a caller, 404 naming the field for an unknown survey", async () => {
    const { survey, admin } = await setup(1);
    const anonymous = await fetch(`${origin}/api/surveys/${survey.surveyId}/summary`);
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(await anonymous.json())).toContain("authorization");
    const unknown = await fetch(`${origin}/api/surveys/no-such-survey/summary`, { headers: admin.bearer });
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(await unknown.json())).toContain('"id"');
    const badFilter = `/api/surveys/${survey.surveyId}/summary?from=2026-13-01`;
    const direct = await summaryRoute(new Request(`${origin}${badFilter}`, { headers: admin.bearer }), { params: Promise.resolve({ id: survey.surveyId }) });
    const served = await fetch(`${origin}${badFilter}`, { headers: admin.bearer });
    expect(served.status).toBe(direct.status);
    expect(served.status).toBeGreaterThanOrEqual(400);
    expect(await served.json()).toEqual(await direct.json());
  });

  it("leaves other methods and paths to Next.js", async () => {
    const { survey, admin } = await setup(1);
    expect((await fetch(`${origin}/api/surveys/${survey.surveyId}/summary`, { method: "POST", headers: admin.bearer })).status).toBe(418);
    expect((await fetch(`${origin}/api/surveys/${survey.surveyId}/summary/`, { headers: admin.bearer })).status).toBe(418);
    expect((await fetch(`${origin}/api/surveys/${survey.surveyId}`, { headers: admin.bearer })).status).toBe(418);
  });

  it("streams an export with its file headers, every row in it", async () => {
    const { survey, admin } = await setup(8);
    const served = await fetch(`${origin}/api/surveys/${survey.surveyId}/export?format=csv`, { headers: admin.bearer });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-disposition")).toMatch(/^attachment; filename="export.csv"/);
    const rows = parse(await served.text(), { bom: true }) as string[][];
    // Every school × audience holds 8 responses (k = 5): all of them, under the header.
    const db = await getDb();
    expect(rows.length - 1).toBe(await db.response.count());
  });
});
