import { launchChromium, signInThroughPage } from "./tests/helpers/browser";
const base = "http://127.0.0.1:3917";
const browser = await launchChromium();
const [w, h, tag, path, scrolls] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]!, process.argv[5]!, process.argv.slice(6).map(Number)];
const ctx = await browser.newContext({ viewport: { width: w, height: h }, isMobile: w < 500 });
const page = await ctx.newPage();
await signInThroughPage(page, base, "admin@wence.demo", "wence-demo-2026", "/surveys");
await page.getByRole("link", { name: /家长问卷/ }).first().click();
await page.waitForURL(/\/surveys\/[^/]+$/);
await page.goto(page.url() + path);
await page.waitForTimeout(400);
for (const y of scrolls) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/wui/${tag}-${y}.png` });
}
await browser.close();
