import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from "@/lib/demo/ensure-demo-admin";
import { resetEnvCache } from "@/lib/env";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { collectPageErrors, launchChromium, signInThroughPage } from "../helpers/browser";

const baseUrl = inject("baseUrl");

/** Adds a question of a type to a page through the structure panel; the new question is selected. */
async function addQuestion(page: Page, pageNo: number, type: string, title: string) {
  await page.getByLabel(`题型 · 添加题目 · 第 ${pageNo} 页`).selectOption(type);
  await page.getByRole("button", { name: `添加题目 · 第 ${pageNo} 页` }).click();
  await page.locator(".builder-editor").getByLabel("题目", { exact: true }).fill(title);
}

const preview = (page: Page) => page.getByTestId("phone-preview");

describe("the survey builder", () => {
  let browser: Browser;
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    resetEnvCache();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await closeDatabase();
  });

  it("an administrator builds a two-page survey with a condition from an empty start, previews it on a phone, publishes it, makes a school's links, and a parent answers", async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    page.on("dialog", (d) => void d.accept());
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, "/surveys/new");
    await page.getByRole("link", { name: "使用 · 空白问卷" }).click();

    // Settings first: the title and whom it is for.
    const editor = page.locator(".builder-editor");
    await editor.getByLabel("问卷标题").fill("家校沟通小调查");
    // A new survey starts with the campaign's audiences (the demo campaign asks all three).
    expect(await editor.getByLabel("教职工").isChecked()).toBe(true);
    await editor.getByLabel("教职工").uncheck();
    await editor.getByLabel("学生").uncheck();
    await editor.getByLabel("家长").check();
    // Kept out of the demo campaign, whose overview other tests read.
    await editor.getByLabel("所属活动").selectOption("");

    // Page 1: a required single choice, and a follow-up shown only for "否".
    await addQuestion(page, 1, "radiogroup", "孩子是否在本校就读？");
    await editor.getByLabel("必答").check();
    await editor.getByLabel("选项 1 · 显示文字").fill("是");
    await editor.getByLabel("选项 1 · 取值").fill("yes");
    await editor.getByLabel("选项 2 · 显示文字").fill("否");
    await editor.getByLabel("选项 2 · 取值").fill("no");
    await editor.getByRole("button", { name: "删除 3" }).click();
    await addQuestion(page, 1, "comment", "请说明原因");
    await editor.getByLabel("满足条件时才显示").check();
    await expect.poll(() => editor.getByLabel("当题目").inputValue()).toBe("q1");
    await editor.getByLabel("值", { exact: true }).selectOption("no");

    // Page 2: a rating.
    await page.getByRole("button", { name: "添加页面" }).click();
    await addQuestion(page, 2, "rating", "您对学校整体满意吗？");
    await editor.getByLabel("最高分", { exact: true }).fill("5");

    // The preview is a phone's width and follows the selected page; the condition works in it.
    const frame = await preview(page).boundingBox();
    expect(frame!.width).toBe(390);
    await preview(page).getByText("您对学校整体满意吗？").waitFor();
    await page.getByRole("button", { name: "第 1 页", exact: true }).click();
    await preview(page).getByText("孩子是否在本校就读？").waitFor();
    expect(await preview(page).getByText("请说明原因").count()).toBe(0);
    await preview(page).getByText("否", { exact: true }).click();
    await preview(page).getByText("请说明原因").waitFor();
    await page.screenshot({ path: "test-results/builder-desktop.png" });

    // Save (creates it), publish.
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.waitForURL(/\/surveys\/[a-z0-9]+$/);
    const surveyId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("heading", { level: 2, name: "家校沟通小调查" }).waitFor();
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("已发布第 1 版").waitFor();

    // Links for one school, with QR code, CSV and poster.
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school", stage: "小学" }, orderBy: { code: "asc" } });
    await page.getByRole("link", { name: "分发链接" }).click();
    await page.waitForURL(`**/surveys/${surveyId}/distribute`);
    await page.getByLabel("学校范围").selectOption(school.code);
    await page.getByRole("button", { name: "生成链接" }).click();
    await page.getByText("已生成 1 个链接").waitFor();
    const url = await page.getByLabel(`链接 · ${school.name} · 家长`).inputValue();
    expect(url).toMatch(new RegExp(`^${baseUrl}/s/[\\w-]{22}$`));
    await page.getByRole("button", { name: "二维码" }).click();
    const qr = page.getByRole("img", { name: `二维码 · ${school.name} · 家长` });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const png = await page.request.get(`${baseUrl}${await page.getByRole("link", { name: "下载 PNG" }).getAttribute("href")}`);
    expect(png.headers()["content-type"]).toBe("image/png");
    const csv = await page.request.get(`${baseUrl}/api/surveys/${surveyId}/links?format=csv`);
    expect(await csv.text()).toContain(url);
    const posterHref = await page.getByRole("link", { name: "海报" }).getAttribute("href");
    const poster = await context.newPage();
    await poster.goto(`${baseUrl}${posterHref}`);
    const posterText = await poster.locator(".poster").textContent();
    expect(posterText).toContain(school.name);
    expect(posterText).toContain("家校沟通小调查");
    expect(posterText).toContain("面向家长");
    expect(posterText).toContain("匿名");
    expect(await poster.locator(".poster-qr svg").count()).toBe(1);
    await poster.close();
    expect(errors).toEqual([]);

    // A parent opens the link on a phone and submits.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    const respondent = await phone.newPage();
    const respondentErrors = collectPageErrors(respondent);
    await respondent.goto(url);
    await respondent.locator("main[data-ready]").waitFor({ state: "attached" });
    await respondent.getByText("否", { exact: true }).click();
    await respondent.getByRole("textbox", { name: "请说明原因" }).fill("工作日在外地");
    await respondent.getByRole("button", { name: "下一页" }).click();
    await respondent.getByRole("radio", { name: "4" }).check({ force: true });
    await respondent.getByRole("button", { name: "提交" }).click();
    await respondent.getByText("提交成功").waitFor();
    expect(respondentErrors).toEqual([]);
    const stored = await db.response.findMany({ where: { surveyId } });
    expect(stored.map((r) => r.data)).toEqual([{ q1: "no", q2: "工作日在外地", q3: 4 }]);
    await phone.close();
    await context.close();
  });

  it("shows a refused save beside the question and keeps the saved version; a later save is a new version whose changes the diff shows", async () => {
    const json = {
      pages: [
        {
          name: "p1",
          elements: [
            { type: "radiogroup", name: "burden", title: "工作负担如何？", choices: [{ value: "light", text: "轻" }, { value: "heavy", text: "重" }] },
            { type: "text", name: "hours", title: "每天工作几小时？", inputType: "number" },
          ],
        },
      ],
    };
    const created = await createSurvey({ title: "版本测试问卷", audiences: ["staff"], json });
    await publishSurvey(created.id);
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, `/surveys/${created.id}`);
    const editor = page.locator(".builder-editor");

    await page.locator(".outline .pick", { hasText: "每天工作几小时？" }).click();
    await editor.getByLabel(/^题目代码/).fill("burden");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText(/保存失败，已保存的版本保持不变/).waitFor();
    expect(await editor.getByRole("alert").textContent()).toContain("burden");
    expect(await page.locator(".outline li.has-error").count()).toBeGreaterThan(0);
    const db = await getDb();
    const versions = await db.surveyVersion.findMany({ where: { surveyId: created.id } });
    expect(versions.map((v) => v.number)).toEqual([1]);
    expect(versions[0]!.json).toEqual(json);

    await editor.getByLabel(/^题目代码/).fill("hours");
    await page.locator(".outline .pick", { hasText: "工作负担如何？" }).click();
    await editor.getByLabel("题目", { exact: true }).fill("您的工作负担如何？");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("已保存为第 2 版").waitFor();
    expect(await page.locator(".outline li.has-error").count()).toBe(0);

    await page.locator("summary", { hasText: "版本记录" }).click();
    await page.getByLabel("旧版本").selectOption("1");
    await page.getByLabel("新版本").selectOption("2");
    await page.getByRole("button", { name: "对比" }).click();
    const row = page.locator(".diff tr", { hasText: "burden" });
    await expect.poll(() => row.textContent()).toContain("您的工作负担如何？");
    expect(await row.textContent()).toContain("工作负担如何？");
    // The browser logs the refused request itself; nothing else may go wrong.
    expect(errors.filter((e) => !e.includes("status of 422"))).toEqual([]);
    await context.close();
  });

  it("at phone size, the builder shows the structure, the editor and the preview without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    const page = await context.newPage();
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, "/surveys");
    await page.getByRole("link", { name: "编辑" }).first().click();
    await preview(page).locator(".sd-question").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/builder-390x844.png", fullPage: false });
    await context.close();
  });

  it("runs no script from a definition or a piped answer, in the builder's preview or on the respondent page", async () => {
    const html = XSS_PAYLOADS.map((p, i) => ({ type: "html", name: `info${i}`, html: `<p>说明 ${i}</p>${p}` }));
    const definition = {
      title: `问卷 ${XSS_PAYLOADS[1]}`,
      description: XSS_PAYLOADS[0],
      completedHtml: `<p>谢谢</p>${XSS_PAYLOADS[2]}`,
      pages: [
        { name: "p1", elements: [{ type: "text", name: "nick", title: `昵称 ${XSS_PAYLOADS[1]}`, description: XSS_PAYLOADS[3] }] },
        { name: "p2", elements: [{ type: "html", name: "echo", html: "<p>你好，{nick}</p>" }, ...html, { type: "radiogroup", name: "c", title: "选", choices: [{ value: "a", text: XSS_PAYLOADS[1] }] }] },
      ],
    };
    const typed = `<img src=x onerror="window.__xss=1">`;
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    page.on("dialog", (d) => void d.accept());
    await signInThroughPage(page, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, "/surveys/new");
    await page.getByRole("link", { name: "使用 · 空白问卷" }).click();
    await page.locator("summary", { hasText: "导入 / 导出 JSON" }).click();
    await page.getByLabel("或粘贴 SurveyJS JSON").fill(JSON.stringify(definition));
    await page.getByRole("button", { name: "导入粘贴的 JSON" }).click();
    await page.getByText("已导入").waitFor();

    // The preview: answer with markup, go on to the page that pipes it into an html question.
    await page.getByRole("button", { name: "第 1 页", exact: true }).click();
    await preview(page).getByRole("textbox").fill(typed);
    await preview(page).getByRole("button", { name: "下一页" }).click();
    await expect.poll(() => preview(page).getByText("你好，").textContent()).toContain(typed);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    // Saved and published, then answered the same way on the respondent page.
    await page.getByRole("button", { name: "问卷设置" }).click();
    await page.locator(".builder-editor").getByLabel("家长").check();
    await page.locator(".builder-editor").getByLabel("所属活动").selectOption("");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.waitForURL(/\/surveys\/[a-z0-9]+$/);
    const surveyId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("已发布第 1 版").waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school" } });
    const [link] = await generateLinks(surveyId, [school.id], ["parent"]);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: "zh-CN" });
    const respondent = await phone.newPage();
    await respondent.goto(`${baseUrl}/s/${link!.code}`);
    await respondent.locator("main[data-ready]").waitFor({ state: "attached" });
    await respondent.getByRole("textbox").fill(typed);
    await respondent.getByRole("button", { name: "下一页" }).click();
    await expect.poll(() => respondent.getByText("你好，").textContent()).toContain(typed);
    await respondent.getByRole("button", { name: "提交" }).click();
    await respondent.getByText("谢谢").waitFor();
    await respondent.waitForTimeout(500);
    expect(await respondent.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await phone.close();
    await context.close();
  });
});
