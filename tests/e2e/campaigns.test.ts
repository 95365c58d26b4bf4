import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from "@/lib/demo/ensure-demo-admin";
import { resetEnvCache } from "@/lib/env";
import { collectPageErrors, launchChromium, signInThroughPage } from "../helpers/browser";

const baseUrl = inject("baseUrl");

describe("campaigns in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    resetEnvCache();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    // The newest campaign is the home page's current one, which other tests read: leave the demo's.
    await (await getDb()).campaign.deleteMany({ where: { title: { startsWith: "2027 春季家校共育" } } });
    await closeDatabase();
  });

  it("a city administrator creates a campaign with its four phases, is told which dates clash, and edits it", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: "zh-CN" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, "/campaigns");
    const form = page.locator("form", { has: page.getByRole("button", { name: "创建活动" }) });
    await form.getByLabel("活动名称").fill("2027 春季家校共育调研");
    const dates = [
      ["2027-03-01", "2027-03-10"],
      ["2027-03-11", "2027-04-15"],
      ["2027-04-10", "2027-05-31"], // overlaps the study phase
      ["2027-06-01", "2027-07-15"],
    ];
    const rows = form.locator(".phase-dates");
    for (const [i, [start, end]] of dates.entries()) {
      await rows.nth(i).getByLabel("开始").fill(start!);
      await rows.nth(i).getByLabel("结束").fill(end!);
    }
    await form.getByRole("button", { name: "创建活动" }).click();
    await expect.poll(() => rows.nth(2).locator(".field-error").textContent()).toContain("阶段日期不能重叠");

    await rows.nth(2).getByLabel("开始").fill("2027-04-16");
    await form.getByRole("button", { name: "创建活动" }).click();
    await page.waitForURL(/\/campaigns\/[a-z0-9]+$/);
    await page.getByRole("heading", { name: "2027 春季家校共育调研" }).waitFor();
    await page.getByLabel("活动名称").fill("2027 春季家校共育专题调研");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("已保存。").waitFor();
    await page.getByRole("link", { name: "返回活动列表" }).click();
    const listed = page.locator("tr", { hasText: "2027 春季家校共育专题调研" });
    expect(await listed.textContent()).toContain("学习调研 2027-03-11–2027-04-15");
    // The browser logs the refused request itself; nothing else may go wrong.
    expect(errors.filter((e) => !e.includes("status of 422"))).toEqual([]);
    await context.close();

  });
});
