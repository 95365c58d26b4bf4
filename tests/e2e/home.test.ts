import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from "@/lib/demo/ensure-demo-admin";
import { collectPageErrors, launchChromium, signInThroughPage } from "../helpers/browser";

const baseUrl = inject("baseUrl");

describe("the home page after npm start", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const res = await fetch(baseUrl, { redirect: "manual" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/signin?next=%2F");
  });

  it("after the demo administrator signs in, shows the demo campaign with its phases, today in 学习调研, and the questionnaires", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await expect.poll(() => page.locator("#campaign-title").textContent()).toContain("解放思想大讨论");
    expect(await page.locator(".timeline li").allTextContents()).toEqual([
      expect.stringContaining("宣传发动"),
      expect.stringContaining("学习调研"),
      expect.stringContaining("实践转化"),
      expect.stringContaining("持续深化"),
    ]);
    expect(await page.locator('.timeline li[aria-current="step"]').textContent()).toContain("学习调研");
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBe(4);
    expect(await rows.first().textContent()).toContain("教职工");
    const responses = Number((await page.locator(".stats strong").first().textContent())?.replace(/,/g, ""));
    expect(responses).toBeGreaterThanOrEqual(1000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a 390×844 phone screen without sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("switches to English and back", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.textContent("body")).toContain("Administrator sign-in");
    await page.getByRole("button", { name: "中文" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await context.close();
  });

  it("serves the OpenAPI description", async () => {
    const res = await fetch(`${baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain("/api/orgs/import");
  });
});
