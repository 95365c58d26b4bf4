import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { createMailTransport } from "@/lib/mail/create-transport";
import { deliverOutbox, type DeliveryOptions } from "@/lib/mail/deliver-outbox";
import { enqueueMail, type MailInput } from "@/lib/mail/enqueue-mail";
import { resetDatabase } from "../../helpers/reset-database";
import { startLocalSmtp, type LocalSmtp } from "../../helpers/smtp";

const FROM = "问策测试 <wence@jyj.example.cn>";
const BACKOFF = { baseMs: 60_000, capMs: 10 * 60_000 };

const mail = (n: number, extra: Partial<MailInput> = {}): MailInput => ({
  dedupeKey: `test:${n}`,
  kind: "test",
  recipient: `teacher${n}@school.example.cn`,
  subject: `邀请您参加问卷：课后服务与教师负担（第 ${n} 封）`,
  text: `老师您好！\n请填写「课后服务与教师负担」问卷。编号 ${n}。`,
  html: `<p>老师您好！请填写「课后服务与教师负担」问卷。编号 ${n}。</p>`,
  ...extra,
});

describe("mail outbox", () => {
  let smtp: LocalSmtp;
  let clock: Date;

  const deliver = async (overrides: Partial<DeliveryOptions> = {}) => {
    const transport = createMailTransport(smtp.url);
    try {
      return await deliverOutbox({ transport, from: FROM, now: () => clock, backoff: BACKOFF, random: () => 0.5, ...overrides });
    } finally {
      transport.close();
    }
  };
  const rows = async () => (await getDb()).outboxMessage.findMany({ orderBy: { dedupeKey: "asc" } });

  beforeAll(async () => {
    process.env.WENCE_MAIL_FROM = FROM;
    resetEnvCache();
    smtp = await startLocalSmtp({ reject: (a) => (a.startsWith("nobody@") ? { code: 550, message: "5.1.1 <nobody@school.example.cn>: 用户不存在 (mailbox unavailable)" } : null) });
  });
  afterAll(async () => {
    await smtp.stop();
    delete process.env.WENCE_MAIL_FROM;
    resetEnvCache();
  });
  beforeEach(async () => {
    await resetDatabase();
    smtp.mails.length = 0;
    clock = new Date("2026-11-28T02:00:00Z");
  });

  it("delivers Chinese subject, body and sender name intact, once, with the Message-ID fixed at enqueue", async () => {
    const db = await getDb();
    expect([...(await enqueueMail(db, [mail(1)], clock))]).toEqual(["test:1"]);
    // The same logical message again (a double click, a retried request): nothing new.
    expect((await enqueueMail(db, [mail(1)], clock)).size).toBe(0);
    const [row] = await rows();
    expect(await deliver()).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(smtp.mails).toHaveLength(1);
    const received = smtp.mails[0]!;
    expect(received.subject).toBe("邀请您参加问卷：课后服务与教师负担（第 1 封）");
    expect(received.text).toContain("老师您好！");
    expect(received.html).toContain("「课后服务与教师负担」");
    expect(received.from?.value[0]).toEqual({ name: "问策测试", address: "wence@jyj.example.cn" });
    expect(received.messageId).toBe(row!.messageId);
    expect(row!.messageId).toMatch(/^<[0-9a-f-]{36}@jyj\.example\.cn>$/);
    expect(await rows()).toMatchObject([{ status: "sent", attempts: 1, lastError: null, sentAt: clock }]);
  });

  it("loses nothing while the server is down, backs off, and resumes when it returns", async () => {
    const db = await getDb();
    await enqueueMail(db, [mail(1), mail(2), mail(3)], clock);
    await smtp.stop();
    const down = await deliver();
    expect(down).toMatchObject({ sent: 0, retried: 1, serverUnavailable: true });
    let state = await rows();
    expect(state.map((r) => r.status)).toEqual(["queued", "queued", "queued"]);
    const tried = state.find((r) => r.attempts === 1)!;
    expect(tried.lastError).toMatch(/ECONNREFUSED|ECONNECTION|connect/i);
    // Jitter 0.5 of the first step (60 s): between 30 and 60 s later.
    expect(tried.nextAttemptAt.getTime() - clock.getTime()).toBe(45_000);

    // Still down a minute later: the tried message now waits longer (second step: 120 s → 90 s).
    clock = new Date(clock.getTime() + 60_000);
    expect(await deliver()).toMatchObject({ serverUnavailable: true });
    state = await rows();
    expect(state.filter((r) => r.attempts > 0).length).toBeGreaterThanOrEqual(1);

    await smtp.start();
    const back = await deliver();
    expect(back.serverUnavailable).toBe(false);
    // Whatever is in backoff waits for its time; the rest goes now.
    const waiting = (await rows()).filter((r) => r.status === "queued");
    expect(back.sent).toBe(3 - waiting.length);
    for (const w of waiting) expect(w.nextAttemptAt.getTime()).toBeGreaterThan(clock.getTime());

    clock = new Date(clock.getTime() + BACKOFF.capMs);
    await deliver();
    expect((await rows()).map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
    expect(smtp.mails.map((m) => m.subject).sort()).toEqual([1, 2, 3].map((n) => mail(n).subject).sort());
  });

  it("caps the backoff", async () => {
    const db = await getDb();
    await enqueueMail(db, [mail(1)], clock);
    await smtp.stop();
    try {
      for (let i = 0; i < 8; i++) {
        await deliver({ random: () => 1 });
        const [row] = await rows();
        expect(row!.nextAttemptAt.getTime() - clock.getTime()).toBe(Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** i));
        clock = row!.nextAttemptAt;
      }
    } finally {
      await smtp.start();
    }
    expect((await rows())[0]).toMatchObject({ status: "queued", attempts: 8 });
  });

  it("sends each message exactly once with two workers at the same time", async () => {
    const db = await getDb();
    await enqueueMail(db, Array.from({ length: 30 }, (_, i) => mail(i)), clock);
    const [a, b] = await Promise.all([deliver({ batchSize: 7 }), deliver({ batchSize: 7 })]);
    expect(a.sent + b.sent).toBe(30);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(smtp.mails).toHaveLength(30);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(30);
    expect((await rows()).every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("marks a 5xx rejection failed at once, with the server's reply, and keeps sending the others", async () => {
    const db = await getDb();
    await enqueueMail(db, [mail(1, { recipient: "nobody@school.example.cn" }), mail(2)], clock);
    expect(await deliver()).toMatchObject({ sent: 1, failed: 1, retried: 0 });
    const [failed, sent] = await rows();
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed!.lastError).toContain("550");
    expect(failed!.lastError).toContain("用户不存在");
    expect(sent!.status).toBe("sent");
    clock = new Date(clock.getTime() + 24 * 3600_000);
    expect(await deliver()).toMatchObject({ sent: 0, failed: 0 });
  });

  it("gives up on a message still undeliverable after the maximum age", async () => {
    const db = await getDb();
    await enqueueMail(db, [mail(1)], clock);
    await smtp.stop();
    try {
      clock = new Date(clock.getTime() + 4 * 24 * 3600_000);
      expect(await deliver()).toMatchObject({ failed: 1 });
    } finally {
      await smtp.start();
    }
    expect((await rows())[0]!.lastError).toMatch(/gave up after 1 attempts/);
  });

  it("retries a message whose worker died mid-send once its lease expires, with the same Message-ID", async () => {
    const db = await getDb();
    await enqueueMail(db, [mail(1)], clock);
    // A worker claimed it and vanished (crash, lost database connection) before recording the outcome.
    await db.outboxMessage.updateMany({ data: { status: "sending", leaseOwner: "dead-worker", leaseUntil: new Date(clock.getTime() + 60_000), attempts: 1 } });
    expect(await deliver()).toMatchObject({ sent: 0 });
    clock = new Date(clock.getTime() + 61_000);
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
    expect(smtp.mails[0]!.messageId).toBe(row!.messageId);
  });
});
