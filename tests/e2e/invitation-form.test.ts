import { describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/surveys/create-survey";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { collectPageErrors, signInThroughPage } from "../helpers/browser";
import { createCaller } from "../helpers/factories";
import { useMailingServer, waitForMails } from "../helpers/e2e-mail";

const baseUrl = inject("baseUrl");

const ONE_QUESTION = {
  pages: [{ name: "p1", elements: [{ type: "radiogroup", name: "canteen", title: "食堂满意吗？", choices: [{ value: "yes", text: "满意" }, { value: "no", text: "不满意" }] }] }],
};

/**
 * A school administrator invites two colleagues from the distribution page, sees them counted,
 * the production server mails both, and a reminder goes to both (neither has answered).
 */
describe("the invitation form on the distribution page", () => {
  const server = useMailingServer();

  it("pastes two addresses, sends, sees them counted, and reminds them", async () => {
    const { browser, smtp } = server;
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school" }, orderBy: { code: "desc" } });
    const survey = await createSurvey({ title: "食堂满意度", audiences: ["staff"], json: ONE_QUESTION });
    await publishSurvey(survey.id);
    const admin = await createCaller("school_admin", school.code);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, admin.email, admin.password, `/surveys/${survey.id}/distribute`);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "邮件邀请" }) });
    await section.getByText("还没有发出邀请。").waitFor();
    await section.getByLabel("邮箱地址").fill("姓名,邮箱\n孙老师,sun@form.example.cn\n钱老师，Qian@Form.example.cn");
    await section.getByRole("button", { name: "发送邀请" }).click();
    await section.getByText(/已邀请 2 人/).waitFor();

    const table = section.getByRole("table", { name: "邀请情况" });
    const row = table.getByRole("row", { name: new RegExp(school.code) });
    const cells = async () => (await row.getByRole("cell").allTextContents()).map((c) => c.trim());
    // audience, invited, answered, pending, failed, bounced
    await expect.poll(cells).toEqual(["教职工", "2", "0", "2", "0", "0"]);

    await waitForMails(smtp, (mails) => mails.length >= 2);
    expect(smtp.mails.map((m) => (Array.isArray(m.to) ? "" : m.to?.value[0]?.address)).sort()).toEqual(["qian@form.example.cn", "sun@form.example.cn"]);

    await section.getByRole("button", { name: "提醒尚未填写的人" }).click();
    await section.getByText(/已发出 2 封提醒/).waitFor();
    // Both reminders go out now (and not into a later test's mailbox).
    await waitForMails(smtp, (mails) => mails.length >= 4);
    expect(smtp.mails.slice(2).map((m) => m.subject)).toEqual(["提醒：请填写问卷「食堂满意度」", "提醒：请填写问卷「食堂满意度」"]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
