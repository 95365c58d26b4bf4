import { describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createSurvey } from "@/lib/surveys/create-survey";
import { generateLinks } from "@/lib/surveys/generate-links";
import { publishSurvey } from "@/lib/surveys/publish-survey";
import { collectPageErrors, signInThroughPage } from "../helpers/browser";
import { createCaller } from "../helpers/factories";
import { useMailingServer, waitForMails } from "../helpers/e2e-mail";

const baseUrl = inject("baseUrl");

const ONE_QUESTION = { pages: [{ name: "p1", elements: [{ type: "radiogroup", name: "ok", isRequired: true, choices: ["是", "否"] }] }] };

/** A district administrator presses the reminder on the supervision view; the production server mails the school's administrator. */
describe("the one-click supervision reminder, end to end", () => {
  const server = useMailingServer();

  it("mails the flagged school's administrator its rate, once however often it is pressed", async () => {
    const { browser, smtp } = server;
    const db = await getDb();
    const school = await db.orgUnit.findFirstOrThrow({ where: { kind: "school" }, include: { parent: true }, orderBy: { code: "desc" } });
    const survey = await createSurvey({ title: "督促提醒测试", audiences: ["staff"], json: ONE_QUESTION });
    await publishSurvey(survey.id);
    await generateLinks(survey.id, [school.id], ["staff"]);
    const schoolAdmin = await createCaller("school_admin", school.code);
    const districtAdmin = await createCaller("district_admin", school.parent!.code);

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInThroughPage(page, baseUrl, districtAdmin.email, districtAdmin.password, `/surveys/${survey.id}/participation`);
    const button = page.getByRole("button", { name: "一键提醒未达标学校（1 所）" });
    await button.click();
    await expect.poll(() => page.getByRole("status").last().textContent()).toContain("已向 1 所学校的管理员排队发送");
    const mine = () => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === schoolAdmin.email);
    await waitForMails(smtp, () => mine().length > 0);
    expect(mine().map((m) => m.subject)).toEqual([`督促提醒：「督促提醒测试」${school.name}参与率 0%`]);
    expect(mine()[0]!.text).toContain(`/surveys/${survey.id}/distribute`);

    await button.click();
    await expect.poll(() => page.getByRole("status").last().textContent()).toContain("今天已发送过");
    // Let the server's loop drain whatever it queued for other administrators of the school before the SMTP server goes.
    await expect.poll(() => db.outboxMessage.count({ where: { kind: "participation-reminder", status: { in: ["queued", "sending"] } } }), { timeout: 20_000 }).toBe(0);
    expect(mine()).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
