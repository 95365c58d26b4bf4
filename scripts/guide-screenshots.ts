// Takes the screenshots of docs/guide.zh-CN.md from a running demo installation, walking the
// guide's steps in Debian's Chromium: `npx tsx scripts/guide-screenshots.ts http://127.0.0.1:3000`
// (start it with WENCE_DEMO=1 on an empty database). Writes docs/images/guide-*.png.
import path from "node:path";
import { chromium, type Page } from "playwright-core";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = (name: string) => path.resolve("docs/images", `guide-${name}.png`);

const browser = await chromium.launch({
  executablePath: process.env.WENCE_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: "zh-CN" });
const page = await context.newPage();
page.on("dialog", (d) => void d.accept());
const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: out(name), fullPage });

// 1. Sign in.
await page.goto(`${base}/campaigns`);
await page.getByLabel("邮箱").fill("admin@wence.demo");
await page.getByLabel(/^密码$/).fill("wence-demo-2026");
await shot(page, "1-signin");
await page.getByRole("button", { name: /^登录$/ }).click();
await page.waitForURL(/\/campaigns$/);

// 2. A campaign with its four phases.
const form = page.locator("form", { has: page.getByRole("button", { name: "创建活动" }) });
await form.getByLabel("活动名称").fill("家校共育专题调研");
await form.getByLabel("活动说明（选填）").fill("围绕家校沟通、课后服务和校门口交通，听取家长和教职工的意见。");
// The study phase (when questionnaires are answered) starts today, so the respondent can answer.
const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const dates = [[day(-14), day(-1)], [day(0), day(30)], [day(31), day(90)], [day(91), day(150)]];
for (const [i, [start, end]] of dates.entries()) {
  await form.locator(".phase-dates").nth(i).getByLabel("开始").fill(start!);
  await form.locator(".phase-dates").nth(i).getByLabel("结束").fill(end!);
}
await form.scrollIntoViewIfNeeded();
await shot(page, "2-campaign", true);
await form.getByRole("button", { name: "创建活动" }).click();
await page.waitForURL(/\/campaigns\/\w+$/);

// 3. A new questionnaire from a template.
await page.goto(`${base}/surveys/new`);
await shot(page, "3-templates");
await page.getByRole("link", { name: /^使用 · .*家长/ }).first().click();
await page.locator(".builder-editor").getByLabel("所属活动").selectOption({ label: "家校共育专题调研" });
await page.getByRole("button", { name: "保存", exact: true }).click();
await page.waitForURL(/\/surveys\/\w+$/);

// 4. The builder: a question, its condition, the phone preview.
const conditional = page.locator(".outline .pick").filter({ has: page.locator(".badge") }).first();
await conditional.click();
await page.locator(".preview .sd-question").first().waitFor();
await shot(page, "4-builder");

// 5. The suggestion form, published, then links, QR code and poster.
await page.goto(`${base}/surveys/new`);
await page.getByRole("link", { name: /^使用 · 我为教育高质量发展献一策/ }).click();
await page.locator(".builder-editor").getByLabel("所属活动").selectOption({ label: "家校共育专题调研" });
await page.getByRole("button", { name: "保存", exact: true }).click();
await page.waitForURL(/\/surveys\/\w+$/);
await page.getByRole("button", { name: "发布", exact: true }).click();
await page.getByText("已发布第 1 版").waitFor();
await page.getByRole("link", { name: "分发链接" }).click();
await page.getByLabel("学校范围").selectOption({ index: 1 });
await page.getByRole("button", { name: "生成链接" }).click();
await page.getByText(/已生成 \d+ 个链接/).waitFor();
await page.getByRole("button", { name: "二维码" }).first().click();
await page.waitForFunction(() => (document.querySelector(".qr-row img") as HTMLImageElement | null)?.naturalWidth);
await shot(page, "5-distribute", true);
const poster = await context.newPage();
await poster.goto(`${base}${await page.getByRole("link", { name: "海报" }).first().getAttribute("href")}`);
await poster.emulateMedia({ media: "print" });
await shot(poster, "6-poster", true);
const url = await page.locator("input.link-url").first().inputValue();

// 6. A respondent answers on a phone.
const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
const respondent = await phone.newPage();
await respondent.goto(url);
await respondent.locator("main[data-ready]").waitFor({ state: "attached" });
await respondent.getByText("人才培养", { exact: true }).click();
const boxes = respondent.getByRole("textbox");
await boxes.nth(0).fill("放学时校门口接送车辆拥堵，学生过马路不安全。");
await boxes.nth(1).fill("错峰放学，并请交警在高峰时段协助疏导。");
await respondent.evaluate(() => window.scrollTo(0, 0));
await shot(respondent, "7-respondent");
await respondent.getByRole("button", { name: "提交" }).click();
await respondent.getByText("提交成功").waitFor();

// 7. The overview with the first results.
await page.goto(`${base}/`);
await shot(page, "8-overview", true);
await page.goto(`${base}/surveys`);
await shot(page, "9-surveys");
await browser.close();
