import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } from "@/lib/demo/ensure-demo-admin";
import { collectPageErrors, launchChromium, signInThroughPage } from "../helpers/browser";

const baseUrl = inject("baseUrl");

describe("accounts in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("an administrator invites a school administrator, who activates the account, signs in, and is signed out by deactivation", async () => {
    const admin = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const adminPage = await admin.newPage();
    const errors = collectPageErrors(adminPage);
    await signInThroughPage(adminPage, baseUrl, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, "/admin/users");
    expect(new URL(adminPage.url()).pathname).toBe("/admin/users");

    const email = `head.${Date.now()}@school.example.cn`;
    const invite = adminPage.locator("form", { has: adminPage.getByRole("heading", { name: "邀请用户" }) });
    await invite.getByLabel("邮箱").fill(email);
    await invite.getByLabel("角色").selectOption("school_admin");
    const school = await invite.getByLabel("单位").locator("option").nth(20).getAttribute("value");
    await invite.getByLabel("单位").selectOption(school!);
    await invite.getByRole("button", { name: "邀请用户" }).click();
    const link = (await adminPage.locator("code.secret").textContent())!;
    expect(link).toMatch(new RegExp(`^${baseUrl}/invite/[\\w-]{43}$`));

    const invitee = await browser.newContext();
    const page = await invitee.newPage();
    await page.goto(link);
    await page.getByLabel(/新密码/).fill("我的新密码-足够长了吧");
    await page.getByRole("button", { name: "启用账号" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect.poll(() => page.locator("#campaign-title").textContent()).toContain("解放思想大讨论");
    // A school administrator's overview counts one school.
    expect(await page.locator("body").textContent()).toContain("1所学校");

    await adminPage.reload();
    const row = adminPage.locator("tr", { hasText: email });
    await row.getByRole("button", { name: "停用" }).click();
    await expect.poll(() => row.textContent()).toContain("已停用");
    const after = await page.goto(`${baseUrl}/account`);
    expect(new URL(after!.url()).pathname).toBe("/signin");
    expect(errors).toEqual([]);
    await admin.close();
    await invitee.close();
  });
});
