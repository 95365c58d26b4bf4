import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { checkAccessibility, seriousOrWorse } from "../helpers/axe";
import { collectPageErrors, launchChromium } from "../helpers/browser";

const baseUrl = inject("baseUrl");

const TWO_PAGES_WITH_LOGIC = {
  pages: [
    {
      name: "p1",
      elements: [
        { type: "radiogroup", name: "has_child", title: "孩子是否在本校就读？", isRequired: true, choices: [{ value: "yes", text: "是" }, { value: "no", text: "否" }] },
        { type: "comment", name: "why_not", title: "请说明原因", visibleIf: "{has_child} = 'no'", isRequired: true },
      ],
    },
    {
      name: "p2",
      elements: [
        { type: "rating", name: "satisfaction", title: "您对学校整体满意吗？", isRequired: true, rateMin: 1, rateMax: 5 },
        { type: "comment", name: "suggestion", title: "您的建议", maxLength: 200 },
      ],
    },
  ],
};

async function arrangeSurvey(): Promise<{ code: string; surveyId: string }> {
  process.env.DATABASE_URL = inject("databaseUrl");
  resetEnvCache();
  const db = await getDb();
  const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school", stage: "小学" } });
  const survey = await createSurvey({ title: "端到端测试问卷", audiences: ["parent"], json: TWO_PAGES_WITH_LOGIC });
  await publishSurvey(survey.id);
  const [link] = await generateLinks(survey.id, [school.id], ["parent"]);
  return { code: link!.code, surveyId: survey.id };
}

describe("a parent answers on a phone", () => {
  let browser: Browser;
  let target: { code: string; surveyId: string };
  beforeAll(async () => {
    target = await arrangeSurvey();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await closeDatabase();
  });

  it("shows the first question in the server-rendered page, before any script runs", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const res = await page.goto(`${baseUrl}/s/${target.code}`);
    expect(res?.status()).toBe(200);
    expect(await page.getByText("孩子是否在本校就读？").isVisible()).toBe(true);
    await context.close();
  });

  it("finds every icon it references in the page, before and after its scripts run", async () => {
    // The icons come as a sprite in the server-rendered HTML, not from survey-react-ui's JS (decision 010).
    const missingIcons = () =>
      Array.from(document.querySelectorAll("use"))
        .map((u) => u.getAttribute("xlink:href") ?? u.getAttribute("href") ?? "")
        .filter((ref) => ref.startsWith("#") && !document.getElementById(ref.slice(1)));
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${baseUrl}/s/${target.code}`);
      if (javaScriptEnabled) await page.locator("main[data-ready]").waitFor({ state: "attached" });
      expect(await page.locator("use").count()).toBeGreaterThan(0);
      expect(await page.evaluate(missingIcons)).toEqual([]);
      if (javaScriptEnabled) {
        await page.getByRole("radio", { name: "否" }).check({ force: true });
        await page.getByText("请说明原因").waitFor();
        expect(await page.evaluate(missingIcons)).toEqual([]);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("has no serious or critical accessibility violations on a phone", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/s/${target.code}`);
    await page.locator("main[data-ready]").waitFor({ state: "attached" });
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.getByRole("heading", { level: 1, name: "端到端测试问卷" }).count()).toBe(1);
    await page.screenshot({ path: "test-results/respondent-390x844.png" });
    expect(seriousOrWorse(await checkAccessibility(page))).toEqual([]);
    // A validation message and the second page, with its rating scale.
    await page.getByRole("button", { name: "下一页" }).click();
    await page.getByRole("alert").first().waitFor();
    expect(seriousOrWorse(await checkAccessibility(page))).toEqual([]);
    await page.getByRole("radio", { name: "是" }).check({ force: true });
    await page.getByRole("button", { name: "下一页" }).click();
    await page.getByText("您对学校整体满意吗？").waitFor();
    expect(seriousOrWorse(await checkAccessibility(page))).toEqual([]);
    await context.close();
  });

  it("can be answered with the keyboard alone, with every control named for screen readers", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/s/${target.code}`);
    await page.getByRole("radiogroup").first().waitFor();
    expect(await page.getByRole("radio", { name: "是" }).count()).toBe(1);
    expect(await page.getByRole("radio", { name: "否" }).count()).toBe(1);
    let onRadio = false;
    for (let i = 0; i < 20 && !onRadio; i++) {
      await page.keyboard.press("Tab");
      onRadio = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio");
    }
    expect(onRadio).toBe(true);
    await page.keyboard.press("Space");
    expect(await page.getByRole("radio", { name: "是" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "下一页" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("您对学校整体满意吗？").waitFor();
    await context.close();
  });

  it("answers with 404 for an unknown link and 410 for a closed survey", async () => {
    expect((await fetch(`${baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    const db = await getDb();
    const other = await arrangeSurvey();
    await db.survey.update({ where: { id: other.surveyId }, data: { closedAt: new Date() } });
    const res = await fetch(`${baseUrl}/s/${other.code}`);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("问卷已结束");
  });

  it("resumes after a reload, survives a lost network at submit, and lands exactly one response", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const url = `${baseUrl}/s/${target.code}`;
    await page.goto(url);
    await page.getByText("是", { exact: true }).click();
    await page.getByRole("button", { name: "下一页" }).click();
    await page.getByText("您对学校整体满意吗？").waitFor();
    await page.getByRole("radio", { name: "4" }).check({ force: true });

    await page.reload();
    await page.getByText("已恢复您上次未完成的填写").waitFor();
    expect(await page.getByText("您对学校整体满意吗？").isVisible()).toBe(true);
    await page.getByRole("textbox").fill("希望增加课后服务的种类");

    await context.setOffline(true);
    await page.getByRole("button", { name: "提交问卷" }).click();
    await page.getByText(/网络不稳定，正在重试/).waitFor({ timeout: 15_000 });
    await context.setOffline(false);
    await page.getByText("提交成功，感谢您的参与！").waitFor({ timeout: 40_000 });

    const db = await getDb();
    const rows = await db.response.findMany({ where: { surveyId: target.surveyId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toEqual({ has_child: "yes", satisfaction: 4, suggestion: "希望增加课后服务的种类" });

    await page.reload();
    await page.getByText("您已提交过本问卷").waitFor();
    await page.getByText("您在本设备上提交的内容（只读）").waitFor();
    expect(await db.response.count({ where: { surveyId: target.surveyId } })).toBe(1);
    // Console errors from the deliberate offline period are expected; nothing else.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});
