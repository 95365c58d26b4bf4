import { describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/surveys/create-survey";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { collectPageErrors } from "../helpers/browser";
import { createCaller } from "../helpers/factories";
import { useMailingServer, waitForMails } from "../helpers/e2e-mail";

const baseUrl = inject("baseUrl");

const ONE_QUESTION = {
  pages: [{ name: "p1", elements: [{ type: "radiogroup", name: "workload", title: "您的工作负担如何？", isRequired: true, choices: [{ value: "ok", text: "适中" }, { value: "heavy", text: "偏重" }] }] }],
};

/**
 * The production server (npm start) delivers an invitation through its own delivery loop to a
 * real SMTP server; the personal link from the mail is answered in Chromium once, and refused
 * the second time.
 */
describe("an e-mailed invitation, end to end", () => {
  const server = useMailingServer();

  it("mails a personal link that works once", async () => {
    const { browser, smtp } = server;
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school" } });
    const survey = await createSurvey({ title: "教师负担调查", audiences: ["staff"], json: ONE_QUESTION });
    await publishSurvey(survey.id);
    const admin = await createCaller("school_admin", school.code);
    const res = await fetch(`${baseUrl}/api/surveys/${survey.id}/invitations`, {
      method: "POST",
      headers: { ...admin.bearer, "content-type": "application/json" },
      body: JSON.stringify({ school: school.code, csv: "姓名,邮箱\n周老师,zhou@school.example.cn" }),
    });
    expect(res.status).toBe(201);

    await waitForMails(smtp, (mails) => mails.length > 0);
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.subject).toBe("邀请您填写问卷「教师负担调查」");
    const url = /(http:\/\/\S+\/s\/\S+\?invite=[A-Za-z0-9_-]+)/.exec(smtp.mails[0]!.text!)![1]!;
    expect(url.startsWith(baseUrl)).toBe(true);

    const answer = async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(url);
      await page.getByText("偏重", { exact: true }).click();
      await page.getByRole("button", { name: "提交问卷" }).click();
      return { page, context, errors };
    };
    const first = await answer();
    await first.page.getByText("提交成功，感谢您的参与！").waitFor();
    expect(first.errors).toEqual([]);
    await first.context.close();
    const invitation = await db.surveyInvitation.findFirstOrThrow({ where: { email: "zhou@school.example.cn" }, include: { _count: { select: { tokens: true } } } });
    expect(invitation._count.tokens).toBe(0);

    // Another device with the same link is told at once, before filling anything in.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole("heading", { name: "此专属链接已经用过" }).waitFor();
    expect(await page.getByText("偏重").count()).toBe(0);
    await context.close();
    expect(await db.response.count({ where: { surveyId: survey.id } })).toBe(1);
  });
});
