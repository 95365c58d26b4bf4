import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { enqueueMonthlyDigests } from "@/lib/findings/enqueue-monthly-digests";
import { scheduleMonthlyDigests } from "@/lib/findings/schedule-monthly-digests";
import { createMailTransport } from "@/lib/mail/create-transport";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { createCaller, createSchools } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";
import { startLocalSmtp, type LocalSmtp } from "../../helpers/smtp";

const ORIGIN = "https://wence.jyj.example.cn";
// 10:00 on 10 November 2026 in China.
const NOV_10 = new Date("2026-11-10T02:00:00Z");

describe("the monthly digest of open actions to their owner units", () => {
  let smtp: LocalSmtp;
  const ids: Record<string, string> = {};

  const deliver = async () => {
    const transport = createMailTransport(smtp.url);
    try {
      return await deliverOutbox({ transport, from: "问策 <wence@jyj.example.cn>", now: () => new Date("2026-12-01T01:00:00Z") });
    } finally {
      transport.close();
    }
  };
  const mailTo = (address: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);

  beforeAll(async () => {
    smtp = await startLocalSmtp();
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    await resetDatabase();
    smtp.mails.length = 0;
    await createSchools();
    const db = await getDb();
    const org = async (code: string) => (await db.orgUnit.findUniqueOrThrow({ where: { code } })).id;
    const [a, b, c, guangling] = [await org("3132100001"), await org("3132100002"), await org("3132200001"), await org("广陵区")];
    const finding = async (title: string, orgId: string, status: string) => (ids[title] = (await db.finding.create({ data: { title, orgId, status, priority: "medium", counts: {} } })).id);
    const action = (findingId: string, ownerOrgId: string, description: string, dueOn: string, progress: number) =>
      db.findingAction.create({ data: { findingId, ownerOrgId, kind: "measure", description, dueOn, progress } });

    // School B owns three open actions (one overdue, one due this month, one later) and a finished one.
    const canteen = await finding("食堂饭菜分量不足", b, "in_progress");
    const traffic = await finding("放学时段校门口拥堵", b, "adopted");
    await action(canteen, b, "调整午餐配餐标准", "2026-11-20", 30);
    await action(canteen, b, "家长代表每月陪餐", "2026-11-01", 100);
    await action(traffic, b, "错峰放学方案", "2026-10-15", 50);
    await action(traffic, b, "增设接送等候区", "2026-12-31", 0);
    // A resolved finding's action is no longer followed up, finished or not.
    await action(await finding("作业量过大", b, "resolved"), b, "作业公示制度", "2026-09-30", 80);
    // The district owns an action on a finding about school A; school C owns one but has no administrator.
    await action(await finding("课后服务收费不透明", a, "in_progress"), guangling, "公开课后服务收费明细", "2026-11-05", 10);
    await action(await finding("校园周边交通安全", c, "in_progress"), c, "设置护学岗", "2026-11-30", 0);

    await createCaller("school_admin", "3132100002", "b.admin@school.example.cn");
    await createCaller("district_admin", "广陵区", "gl@edu.example.cn");
    await createCaller("school_admin", "3132100001", "a.admin@school.example.cn");
    await createCaller("city_admin", undefined, "city@edu.example.cn");
  });

  it("mails each owner unit's administrators their own open actions, overdue first, once a month", async () => {
    const db = await getDb();
    const first = await enqueueMonthlyDigests(db, { now: NOV_10, origin: ORIGIN });
    expect(first).toEqual({ month: "2026-11", units: 3, queued: 2, alreadySent: 0, withoutRecipient: [{ code: "3132200001", name: "邗江区测试高级中学" }] });
    expect(await deliver()).toMatchObject({ sent: 2 });
    expect(smtp.mails).toHaveLength(2);

    const [school] = mailTo("b.admin@school.example.cn");
    expect(school!.subject).toBe("督办月报（2026年11月）：扬州市测试初级中学有 3 项举措未完成，其中 1 项已逾期");
    const text = school!.text!;
    const order = ["【已逾期（1 项）】", "放学时段校门口拥堵（已采纳）", "措施：错峰放学方案", "完成期限 2026-10-15 · 进度 50%", "【本月到期（1 项）】", "食堂饭菜分量不足（转化中）", "措施：调整午餐配餐标准", "完成期限 2026-11-20 · 进度 30%", "【以后到期（1 项）】", "增设接送等候区"];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0), text).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text).toContain(`${ORIGIN}/findings/${ids["放学时段校门口拥堵"]}`);
    for (const other of ["家长代表每月陪餐", "作业公示制度", "公开课后服务收费明细", "设置护学岗"]) expect(text).not.toContain(other);
    expect(school!.html).toContain(`<a href="${ORIGIN}/findings/${ids["食堂饭菜分量不足"]}">`);

    const [district] = mailTo("gl@edu.example.cn");
    expect(district!.subject).toBe("督办月报（2026年11月）：广陵区有 1 项举措未完成，其中 1 项已逾期");
    expect(district!.text).toContain("课后服务收费不透明（转化中）");
    expect(district!.text).not.toContain("调整午餐配餐标准");
    // Units that own nothing open get nothing.
    expect(mailTo("a.admin@school.example.cn")).toHaveLength(0);
    expect(mailTo("city@edu.example.cn")).toHaveLength(0);

    // Later in the same month: nothing new.
    expect(await enqueueMonthlyDigests(db, { now: new Date("2026-11-28T09:00:00Z"), origin: ORIGIN })).toMatchObject({ queued: 0, alreadySent: 2 });
    expect(await deliver()).toMatchObject({ sent: 0 });
    // 00:30 on 1 December in China (still 30 November in UTC): next month's digests.
    const december = await enqueueMonthlyDigests(db, { now: new Date("2026-11-30T16:30:00Z"), origin: ORIGIN });
    expect(december).toMatchObject({ month: "2026-12", queued: 2 });
    await deliver();
    const [next] = mailTo("b.admin@school.example.cn").slice(1);
    expect(next!.subject).toBe("督办月报（2026年12月）：扬州市测试初级中学有 3 项举措未完成，其中 2 项已逾期");
    expect(next!.text!.indexOf("调整午餐配餐标准")).toBeLessThan(next!.text!.indexOf("【本月到期（1 项）】"));
  });

  it("is queued by the server's hourly check as soon as it starts", async () => {
    const schedule = scheduleMonthlyDigests({ origin: ORIGIN, intervalMs: 60_000 });
    try {
      const db = await getDb();
      for (let i = 0; i < 100 && (await db.outboxMessage.count({ where: { kind: "digest" } })) < 2; i++) await new Promise((r) => setTimeout(r, 50));
      const rows = await db.outboxMessage.findMany({ where: { kind: "digest" }, orderBy: { recipient: "asc" } });
      expect(rows.map((r) => r.recipient)).toEqual(["b.admin@school.example.cn", "gl@edu.example.cn"]);
    } finally {
      schedule.stop();
    }
  });
});
