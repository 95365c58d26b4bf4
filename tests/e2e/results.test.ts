import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from "@/lib/demo/ensure-demo-admin";
import { closeDatabase, getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { checkAccessibility, seriousOrWorse } from "../helpers/axe";
import { collectPageErrors, launchChromium, signInThroughPage } from "../helpers/browser";
import { createCaller } from "../helpers/factories";

const baseUrl = inject("baseUrl");

interface SummaryQuestion {
  name: string;
  title: string;
  answered: number;
  counts: Record<string, number>;
  choices: { value: string; text: string }[];
  suppressed?: boolean;
}

/** The rows of a question's data table on the page, as choice text → count. */
async function tableOf(page: Page, title: string): Promise<Record<string, number>> {
  const section = page.locator("section.question-result", { has: page.getByRole("heading", { name: title }) });
  const rows = section.locator("table.data-table tbody tr");
  const out: Record<string, number> = {};
  for (const row of await rows.all()) {
    const label = (await row.locator("th").textContent())!.trim();
    out[label] = Number((await row.locator("td").first().textContent())!.replace(/[^\d]/g, ""));
  }
  return out;
}

const expected = (q: SummaryQuestion) => Object.fromEntries(Object.entries(q.counts).map(([v, n]) => [q.choices.find((c) => c.value === v)?.text ?? v, n]));

describe("survey results in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await closeDatabase();
  });

  it("the demo administrator opens a survey's results: a chart and its table match the summary API, before and after a filter", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, "/surveys");
    await page.getByRole("navigation", { name: "管理" }).getByRole("link", { name: "问卷", exact: true }).click();
    await page.locator("tr", { hasText: "家长问卷" }).first().getByRole("link", { name: "查看结果" }).click();
    await page.waitForURL(/\/surveys\/[^/]+\/results$/);
    const id = new URL(page.url()).pathname.split("/")[2]!;

    const api = async (query = "") => (await (await page.request.get(`${baseUrl}/api/surveys/${id}/summary${query}`)).json()) as { responses: number; questions: SummaryQuestion[] };
    const summary = await api();
    const q = summary.questions.find((x) => x.name === "child_stage")!;
    expect(q.answered).toBeGreaterThan(0);
    const section = page.locator("section.question-result", { has: page.getByRole("heading", { name: q.title }) });
    await expect.poll(() => section.locator("canvas").boundingBox().then((b) => b?.height ?? 0)).toBeGreaterThan(100);
    expect(await section.locator("canvas").getAttribute("role")).toBe("img");
    expect(await tableOf(page, q.title)).toEqual(expected(q));
    expect(await page.locator(".kpis dd").first().textContent()).toBe(summary.responses.toLocaleString("zh-CN"));

    const download = page.waitForEvent("download");
    await section.getByRole("button", { name: "下载图片" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);

    // Narrow to one district: the page and the API agree again, and the numbers are the district's.
    const district = await page.getByLabel("单位").locator("optgroup").first().getAttribute("label");
    await page.getByLabel("单位").selectOption({ label: district! });
    await page.getByRole("button", { name: "应用" }).click();
    await page.waitForURL((url) => url.searchParams.get("org") === district);
    const narrowed = await api(`?org=${encodeURIComponent(district!)}`);
    expect(narrowed.responses).toBeLessThan(summary.responses);
    const nq = narrowed.questions.find((x) => x.name === "child_stage")!;
    expect(await tableOf(page, nq.title)).toEqual(expected(nq));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the supervision view fits a 390×844 phone: schools lowest rate first, below-target flagged, a daily trend; every view passes axe", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, "/surveys");
    await page.locator("tr", { hasText: "家长问卷" }).first().getByRole("link", { name: "查看结果" }).click();
    await page.waitForURL(/\/surveys\/[^/]+\/results$/);
    await page.getByRole("link", { name: "督促检查" }).click();
    await page.waitForURL(/\/participation$/);
    const rates = await page.locator(".participation-table tbody tr td:nth-child(3)").allTextContents();
    expect(rates.length).toBeGreaterThan(10);
    const numbers = rates.map((r) => Number(/([\d.]+)%/.exec(r)?.[1] ?? "NaN")).filter((n) => !Number.isNaN(n));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(await page.locator(".participation-table .badge", { hasText: "未达标" }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator("#trend-title").textContent()).toBe("每日答卷数");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(seriousOrWorse(await checkAccessibility(page))).toEqual([]);
    // The other views fit too, and pass the same accessibility check.
    for (const view of ["/results", "/compare", "/crosstab", "/report"]) {
      await page.goto(page.url().replace(/\/participation$/, "").replace(/\/(results|compare|crosstab|report)$/, "") + view);
      await page.locator("canvas").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), view || "results").toBeLessThanOrEqual(0);
      expect(seriousOrWorse(await checkAccessibility(page)), view || "results").toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps a school's administrator within the school: another district's school is 404, its own results show", async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    resetEnvCache();
    const db = await getDb();
    const [own, other] = await Promise.all([
      db.orgUnit.findFirstOrThrow({ where: { kind: "school" }, include: { parent: true }, orderBy: { code: "asc" } }),
      db.orgUnit.findFirstOrThrow({ where: { kind: "school" }, include: { parent: true }, orderBy: { code: "desc" } }),
    ]);
    expect(own.parentId).not.toBe(other.parentId);
    const survey = await db.survey.findFirstOrThrow({ where: { ownerId: null, publishedVersionId: { not: null } } });
    const headers = { cookie: (await createCaller("school_admin", own.code)).browser.cookie };
    for (const view of ["/results", "/participation", "/crosstab", "/report"]) {
      expect((await fetch(`${baseUrl}/surveys/${survey.id}${view}?org=${other.code}`, { headers, redirect: "manual" })).status, view).toBe(404);
    }
    expect((await fetch(`${baseUrl}/surveys/${survey.id}/compare?school=${other.code}`, { headers, redirect: "manual" })).status).toBe(404);
    const ownPage = await fetch(`${baseUrl}/surveys/${survey.id}/report`, { headers });
    expect(ownPage.status).toBe(200);
    expect(await ownPage.text()).toContain(own.name);
  });
});
