import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as remindRoute } from "@/app/api/surveys/[id]/participation/reminders/route";
import { remindLowParticipation } from "@/lib/analytics/remind-low-participation";
import { loadTokenCaller } from "@/lib/auth/load-caller";
import { getDb } from "@/lib/db/client";
import { createMailTransport } from "@/lib/mail/create-transport";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { answerMaker, insertPlaced, type Placed } from "../../helpers/analytics-oracle";
import { createCaller, createLinks, createPublishedSurvey, createSchools, EVERY_TYPE_SURVEY } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";
import { startLocalSmtp, type LocalSmtp } from "../../helpers/smtp";

type Caller = Awaited<ReturnType<typeof createCaller>>;

// Staff headcounts in SMALL_CSV: A 80, B 100, C 150. Responses: A 60 (75 %), B 10 (10 %), C 30 (20 %).
const A = "3132100001";
const B = "3132100002";
const C = "3132200001";
const RESPONSES: Record<string, number> = { [A]: 60, [B]: 10, [C]: 30 };

describe("supervision reminders to schools below the participation target", () => {
  let smtp: LocalSmtp;
  let surveyId: string;
  let city: Caller;
  const people: Record<string, Caller> = {};

  const remind = async (body: unknown, headers: Record<string, string> = city.bearer) => {
    const response = await remindRoute(
      new Request(`http://localhost/api/surveys/${surveyId}/participation/reminders`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) }),
      { params: Promise.resolve({ id: surveyId }) },
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const deliver = async () => {
    const transport = createMailTransport(smtp.url);
    try {
      return await deliverOutbox({ transport, from: "问策 <wence@jyj.example.cn>" });
    } finally {
      transport.close();
    }
  };
  const mailsTo = (who: Caller) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === who.email);

  beforeAll(async () => {
    smtp = await startLocalSmtp();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    await resetDatabase();
    smtp.mails.length = 0;
    const schools = await createSchools();
    const survey = await createPublishedSurvey({ audiences: ["staff"] });
    surveyId = survey.surveyId;
    const links = await createLinks(surveyId, schools.map((s) => s.id), ["staff"]);
    const make = answerMaker(EVERY_TYPE_SURVEY, 5);
    const placed: Placed[] = [];
    for (const link of links) {
      const code = schools.find((s) => s.id === link.schoolId)!.code;
      for (let i = 0; i < RESPONSES[code]!; i++) placed.push({ link, data: make(), at: new Date(Date.UTC(2026, 10, 2, 3)) });
    }
    await insertPlaced(surveyId, survey.versionId, EVERY_TYPE_SURVEY, placed);
    city = await createCaller("city_admin");
    // B has two school administrators; C has none, so its district's administrator is written to.
    people.adminA = await createCaller("school_admin", A, "a.admin@school.example.cn");
    people.adminB1 = await createCaller("school_admin", B, "b1@school.example.cn");
    people.adminB2 = await createCaller("school_admin", B, "b2@school.example.cn");
    people.guangling = await createCaller("district_admin", "广陵区", "gl@edu.example.cn");
    people.hanjiang = await createCaller("district_admin", "邗江区", "hj@edu.example.cn");
    people.analyst = await createCaller("analyst", "测试市");
  });

  it("mails each flagged school's administrators its rate and links, in Chinese, once a day", async () => {
    const first = await remind({ target: 0.6 });
    expect(first).toEqual({ status: 200, body: { day: expect.any(String), target: 0.6, schools: 2, queued: 3, alreadyReminded: 0, withoutRecipient: [] } });
    expect(await deliver()).toMatchObject({ sent: 3 });

    for (const who of [people.adminB1!, people.adminB2!]) {
      const [mail] = mailsTo(who);
      expect(mail!.subject).toBe("督促提醒：「测试问卷」扬州市测试初级中学参与率 10%");
      expect(mail!.text).toContain("问卷「测试问卷」在扬州市测试初级中学目前回收 10 份，应参与 100 人，参与率 10%，低于目标 60%。");
      expect(mail!.text).toContain(`http://localhost/surveys/${surveyId}/distribute`);
      expect(mail!.text).toContain(`http://localhost/surveys/${surveyId}/participation?org=${B}`);
      expect(mail!.html).toContain(`<a href="http://localhost/surveys/${surveyId}/distribute">`);
    }
    const [district] = mailsTo(people.hanjiang!);
    expect(district!.subject).toBe("督促提醒：「测试问卷」邗江区测试高级中学参与率 20%");
    expect(district!.text).toContain("邗江区测试高级中学还没有学校管理员账号，本提醒发给您所在的区。");
    expect(district!.text).toContain("回收 30 份，应参与 150 人，参与率 20%");
    // A is above the target; 广陵区 has school administrators for its flagged school.
    expect(mailsTo(people.adminA!)).toHaveLength(0);
    expect(mailsTo(people.guangling!)).toHaveLength(0);

    // Pressed again the same day: nothing new is sent.
    expect((await remind({ target: 0.6 })).body).toMatchObject({ schools: 2, queued: 0, alreadyReminded: 3 });
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(smtp.mails).toHaveLength(3);
    // The next day (China time) it may be sent again.
    const caller = (await loadTokenCaller(city.bearer.authorization.slice(7)))!;
    const tomorrow = await remindLowParticipation(await getDb(), caller, surveyId, { target: 0.6 }, "http://localhost", new Date(Date.now() + 86_400_000));
    expect(tomorrow).toMatchObject({ schools: 2, queued: 3 });
  });

  it("reminds only the named schools, and only those below the target", async () => {
    expect((await remind({ orgs: [B, A], target: 0.6 })).body).toMatchObject({ schools: 1, queued: 2 });
    expect((await remind({ orgs: [A], target: 0.6 })).body).toMatchObject({ schools: 0, queued: 0 });
    // At 15 % only B (10 %) is below the target, and its mails already went out today.
    expect((await remind({ target: 0.15 })).body).toMatchObject({ schools: 1, queued: 0, alreadyReminded: 2 });
  });

  it("stays in the caller's unit: a district administrator reminds its own schools, another district's is 404", async () => {
    const gl = people.guangling!;
    expect((await remind({ orgs: [C] }, gl.bearer)).status).toBe(404);
    expect(await (await getDb()).outboxMessage.count()).toBe(0);
    expect((await remind({}, gl.bearer)).body).toMatchObject({ schools: 1, queued: 2 });
    await deliver();
    expect(mailsTo(people.hanjiang!)).toHaveLength(0);
    expect(smtp.mails.map((m) => m.subject)).toEqual(["督促提醒：「测试问卷」扬州市测试初级中学参与率 10%", "督促提醒：「测试问卷」扬州市测试初级中学参与率 10%"]);
    // Analysts prepare, administrators remind; a browser request needs its CSRF token.
    expect((await remind({}, people.analyst!.bearer)).status).toBe(403);
    const noCsrf: Record<string, string> = { ...gl.browser };
    delete noCsrf["x-csrf-token"];
    expect((await remind({}, noCsrf)).status).toBe(403);
    expect((await remind({}, gl.browser)).status).toBe(200);
  });

  it("names flagged schools with nobody to write to", async () => {
    await (await getDb()).user.update({ where: { email: "hj@edu.example.cn" }, data: { active: false } });
    expect((await remind({})).body).toMatchObject({ schools: 2, queued: 2, withoutRecipient: [{ code: C, name: "邗江区测试高级中学" }] });
  });
});
