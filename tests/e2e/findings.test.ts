import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { collectPageErrors, launchChromium, signInThroughPage } from "../helpers/browser";
import { createCaller, createTextResponses, EVERY_TYPE_SURVEY } from "../helpers/factories";

const baseUrl = inject("baseUrl");

describe("from answers to a published finding, in the browser", () => {
  let browser: Browser;
  let surveyId = "";
  let campaignId = "";
  let schoolCode = "";

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    resetEnvCache();
    browser = await launchChromium();
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school" }, orderBy: { code: "asc" } });
    schoolCode = school.code;
    // A campaign of its own, dated in the past, so the demo campaign stays the home page's current one.
    const city = await db.orgUnit.findFirstOrThrow({ where: { kind: "city" } });
    campaignId = (await db.campaign.create({ data: { ownerId: city.id, title: "往期调研", createdAt: new Date("2020-01-01T00:00:00Z") } })).id;
    const survey = await createSurvey({ title: "食堂与交通", audiences: ["parent"], json: EVERY_TYPE_SURVEY });
    await publishSurvey(survey.id);
    await db.survey.update({ where: { id: survey.id }, data: { campaignId } });
    await generateLinks(survey.id, [school.id], ["parent"]);
    surveyId = survey.id;
    const canteen = ["食堂饭菜太咸，电话13812345678", "午餐吃不饱", "食堂排队太久", "饭菜是凉的", "希望增加一个荤菜"];
    const traffic = ["校门口拥堵", "校车太少", "路口没有红绿灯"];
    await createTextResponses(surveyId, school.code, "parent", [...Array.from({ length: 10 }, (_, i) => canteen[i % 5]!), ...traffic]);
    // Another school of the city writes about other things, so the first one has distinctive keywords.
    const other = await db.orgUnit.findFirstOrThrow({ where: { kind: "school", code: { gt: school.code } }, orderBy: { code: "asc" } });
    await generateLinks(survey.id, [other.id], ["parent"]);
    const elsewhere = ["作业太多，孩子睡得太晚", "课后服务时间太短", "希望多开展体育活动"];
    await createTextResponses(surveyId, other.code, "parent", Array.from({ length: 12 }, (_, i) => elsewhere[i % 3]!));
  });
  afterAll(async () => {
    await browser.close();
    await closeDatabase();
  });

  it("an analyst filters by theme and makes a finding of three quotes; an administrator adds an action, moves it to 已落实 and publishes; the public page shows it", async () => {
    const analyst = await createCaller("analyst", schoolCode);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, analyst.email, analyst.password, `/surveys/${surveyId}/texts`);
    // Keyword frequencies and the school's distinctive keywords: bars with their data tables.
    for (const id of ["keyword-frequency", "keyword-distinctive"]) {
      const figure = page.locator(`figure:has(#${id}-title)`);
      await expect.poll(() => figure.locator("canvas").boundingBox().then((b) => b?.height ?? 0)).toBeGreaterThan(50);
      expect(await figure.locator("canvas").getAttribute("role")).toBe("img");
      expect(await figure.getByRole("button", { name: "下载图片" }).count()).toBe(1);
      const firstColumn = await figure.locator("table tbody th").allTextContents();
      expect(firstColumn, id).toContain("食堂");
    }
    expect(await page.locator("#keyword-distinctive-title").textContent()).toContain("特色关键词");
    expect(await page.locator("figure:has(#keyword-distinctive-title) table").textContent()).not.toContain("作业");
    const filter = page.locator("form[method=get]");
    await filter.getByLabel("主题").selectOption({ label: "食堂" });
    await filter.getByRole("button", { name: "搜索" }).click();
    await page.waitForURL(/theme=canteen/);
    const answers = page.locator("ul.texts > li");
    expect(await answers.count()).toBe(10);
    expect(await page.locator("body").textContent()).not.toContain("校门口拥堵");
    expect(await page.locator("body").textContent()).not.toContain("13812345678");
    for (let i = 0; i < 3; i++) await answers.nth(i).getByRole("checkbox").check();
    const create = page.locator("form", { has: page.getByRole("heading", { name: "生成发现" }) });
    await create.getByLabel("标题").fill("食堂饭菜质量需改进");
    await create.getByRole("button", { name: "生成发现" }).click();
    await page.waitForURL(/\/findings\/[^/]+$/);
    const findingPath = new URL(page.url()).pathname;
    expect(await page.locator("blockquote").count()).toBe(3);
    expect(await page.locator("[data-status]").textContent()).toBe("待梳理");
    expect(errors).toEqual([]);

    const admin = await createCaller("school_admin", schoolCode);
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    const adminErrors = collectPageErrors(adminPage);
    await signInThroughPage(adminPage, baseUrl, admin.email, admin.password, findingPath);
    const move = async (label: string) => {
      await adminPage.getByLabel("改为").selectOption({ label });
      await adminPage.getByRole("button", { name: "保存" }).click();
      await expect.poll(() => adminPage.locator("[data-status]").textContent()).toBe(label);
    };
    await move("已采纳");
    const add = adminPage.locator("form", { has: adminPage.getByRole("heading", { name: "添加举措" }) });
    await add.getByLabel("内容").fill("调整菜谱，每周公布菜单");
    await add.getByLabel("完成时限").fill("2099-06-30");
    await add.getByRole("button", { name: "添加举措" }).click();
    await expect.poll(() => adminPage.locator("table").textContent()).toContain("调整菜谱，每周公布菜单");
    await move("转化中");
    await move("已落实");
    await adminPage.getByRole("button", { name: "在「你提我办」公开" }).click();
    await expect.poll(() => adminPage.getByRole("button", { name: "取消公开" }).count()).toBe(1);
    expect(adminErrors).toEqual([]);

    const visitor = await (await browser.newContext()).newPage();
    const response = await visitor.goto(`${baseUrl}/ni-ti-wo-ban/${campaignId}/${schoolCode}`);
    expect(response!.status()).toBe(200);
    const text = (await visitor.locator("main").textContent())!;
    expect(text).toContain("食堂饭菜质量需改进");
    expect(text).toContain("已落实");
    expect(text).toContain("调整菜谱，每周公布菜单");
    expect(text).not.toContain("13812345678");
    expect(await visitor.locator("blockquote").count()).toBe(3);
    await context.close();
    await adminContext.close();
  });
});
