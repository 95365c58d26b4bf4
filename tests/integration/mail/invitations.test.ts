import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as listOutboxRoute } from "@/app/api/mail/outbox/route";
import { POST as submitRoute } from "@/app/api/s/[code]/responses/route";
import { GET as invitationCountsRoute, POST as inviteRoute } from "@/app/api/surveys/[id]/invitations/route";
import { POST as remindRoute } from "@/app/api/surveys/[id]/reminders/route";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { isInvitationUsable } from "@/lib/invitations/is-invitation-usable";
import { database, getDb } from "@/lib/db/client";
import { createMailTransport } from "@/lib/mail/create-transport";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { createCaller, createPublishedSurvey, createSchools } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";
import { startLocalSmtp, type LocalSmtp } from "../../helpers/smtp";

type Caller = Awaited<ReturnType<typeof createCaller>>;

const call = async <P,>(handler: (r: Request, c: { params: Promise<P> }) => Promise<Response>, path: string, params: P, headers: Record<string, string>, body?: unknown) => {
  const request = new Request(`http://localhost${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { issues: { line?: number; field: string }[] } } };
};

/** The personal link in a delivered mail, split into its survey code and secret. */
function linkIn(text: string): { url: string; code: string; secret: string } {
  const match = /(http:\/\/localhost\/s\/([A-Za-z0-9_-]+)\?invite=([A-Za-z0-9_-]+))/.exec(text);
  if (!match) throw new Error(`no personal link in: ${text}`);
  return { url: match[1]!, code: match[2]!, secret: match[3]! };
}

describe("e-mail invitations", () => {
  let smtp: LocalSmtp;
  let admin: Caller;
  let surveyId: string;

  const deliver = async () => {
    const transport = createMailTransport(smtp.url);
    try {
      return await deliverOutbox({ transport, from: "问策 <wence@jyj.example.cn>" });
    } finally {
      transport.close();
    }
  };
  const invite = (body: unknown, who: Caller = admin) => call(inviteRoute, `/api/surveys/${surveyId}/invitations`, { id: surveyId }, who.bearer, body);
  const remind = (body: unknown, who: Caller = admin) => call(remindRoute, `/api/surveys/${surveyId}/reminders`, { id: surveyId }, who.bearer, body);
  /** A respondent on their own device (no cookie yet) submitting through the public route. */
  const submit = async (code: string, secret: string | undefined, id = randomUUID()) => {
    const res = await submitRoute(
      new Request(`http://localhost/api/s/${code}/responses`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
        body: JSON.stringify({ id, data: { burden: "heavy", suggestion: "希望减少非教学任务" }, ...(secret ? { invitation: secret } : {}) }),
      }),
      { params: Promise.resolve({ code }) },
    );
    return res.status;
  };
  const mailTo = (address: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);
  /** Whether each invitee has answered: all that is known about them. */
  const answered = async () =>
    Object.fromEntries((await (await getDb()).surveyInvitation.findMany({ select: { email: true, _count: { select: { tokens: true } } } })).map((i) => [i.email, i._count.tokens === 0]));

  beforeAll(async () => {
    smtp = await startLocalSmtp({ reject: (a) => (a.startsWith("nobody@") ? { code: 550, message: "5.1.1 Mailbox unavailable 用户不存在" } : null) });
  });
  afterAll(() => smtp.stop());
  beforeEach(async () => {
    await resetDatabase();
    smtp.mails.length = 0;
    await createSchools();
    admin = await createCaller("school_admin", "3132100001");
    surveyId = (await createPublishedSurvey({ audiences: ["staff", "parent"] })).surveyId;
  });

  it("invites pasted addresses once each and mails each a personal link, in Chinese", async () => {
    const csv = "姓名,邮箱\n王老师,Wang@School.example.cn\n李老师，li@school.example.cn\n\"Zhao, Min\" <zhao@school.example.cn>\nwang@school.example.cn";
    const res = await invite({ school: "3132100001", csv });
    expect(res).toEqual({ status: 201, body: { invited: 3, alreadyInvited: 0, duplicatesRemoved: 1 } });
    // Inviting again mails nobody twice.
    expect((await invite({ school: "3132100001", emails: ["li@school.example.cn"] })).body).toEqual({ invited: 0, alreadyInvited: 1, duplicatesRemoved: 0 });
    expect(await deliver()).toMatchObject({ sent: 3 });
    expect(smtp.mails).toHaveLength(3);
    const mail = mailTo("wang@school.example.cn")[0]!;
    expect(mail.subject).toBe("邀请您填写问卷「测试问卷」");
    expect(mail.text).toContain("扬州市测试小学邀请您参加问卷「测试问卷」");
    expect(mail.text).toContain("不会把您的邮箱与答卷关联");
    const links = smtp.mails.map((m) => linkIn(m.text!));
    expect(new Set(links.map((l) => l.code)).size).toBe(1);
    expect(new Set(links.map((l) => l.secret)).size).toBe(3);
    // Only hashes of the secrets are kept, and delivered bodies are gone from the outbox.
    const db = await getDb();
    const stored = JSON.stringify([await db.surveyInvitationToken.findMany(), await db.outboxMessage.findMany(), await db.surveyInvitation.findMany()]);
    for (const l of links) {
      expect(stored).not.toContain(l.secret);
      expect(stored).toContain(hashSecretToken(l.secret));
    }
  });

  it("names bad addresses by line and invites nobody", async () => {
    const res = await invite({ school: "3132100001", csv: "email\nok@school.example.cn\nnot-an-address@\nalso ok@school.example.cn,张三\n刘老师" });
    expect(res.status).toBe(422);
    expect(res.body.error!.issues.map((i) => i.line)).toEqual([3, 5]);
    expect(await (await getDb()).surveyInvitation.count()).toBe(0);
    expect(await (await getDb()).outboxMessage.count()).toBe(0);
  });

  it("refuses a school outside the caller's unit, and a survey not published", async () => {
    expect((await invite({ school: "3132200001", emails: ["a@school.example.cn"] })).status).toBe(404);
    const db = await getDb();
    await db.survey.update({ where: { id: surveyId }, data: { closedAt: new Date() } });
    expect((await invite({ school: "3132100001", emails: ["a@school.example.cn"] })).status).toBe(409);
  });

  it("accepts a personal link once, marks only that invitation answered, and leaves no trace on the response", async () => {
    await invite({ school: "3132100001", emails: ["wang@school.example.cn", "li@school.example.cn"] });
    await deliver();
    const link = linkIn(mailTo("wang@school.example.cn")[0]!.text!);
    const id = randomUUID();
    expect(await isInvitationUsable(link.code, link.secret)).toBe(true);
    expect(await submit(link.code, link.secret, id)).toBe(201);
    expect(await isInvitationUsable(link.code, link.secret)).toBe(false);
    expect(await answered()).toEqual({ "wang@school.example.cn": true, "li@school.example.cn": false });
    // The same submission retried (lost acknowledgement) is acknowledged, not refused.
    expect(await submit(link.code, link.secret, id)).toBe(200);
    // A second response with the same link, from another device: refused, nothing stored.
    expect(await submit(link.code, link.secret)).toBe(410);
    // A made-up secret is refused the same way; the public link without one still works.
    expect(await submit(link.code, "x".repeat(43))).toBe(410);
    expect(await submit(link.code, undefined)).toBe(201);

    const { db, target } = await database();
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "Response" ORDER BY "id"`);
    expect(rows).toHaveLength(2);
    const invitation = await db.surveyInvitation.findFirstOrThrow({ where: { email: "wang@school.example.cn" } });
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(["audience", "data", "dataHash", "id", "linkId", "schoolId", "submissionId", "submittedAt", "surveyId", "versionId"]);
      const text = JSON.stringify(row);
      for (const trace of [link.secret, hashSecretToken(link.secret), invitation.id, "wang@school.example.cn", "wang"]) expect(text).not.toContain(trace);
    }
    // The invitation row is as it was before the answer: no time of answering, no response (bouncedAt is about its mail).
    expect(Object.keys(invitation).sort()).toEqual(["bouncedAt", "createdAt", "email", "id", "invitedById", "linkId"]);
    expect(invitation.bouncedAt).toBeNull();
    if (target.provider === "postgresql") {
      // Not even the transaction id links them: the answer left no live row written in its transaction.
      const [response] = await db.$queryRawUnsafe<{ xmin: string }[]>(`SELECT xmin::text FROM "Response" WHERE "submissionId" = $1`, id);
      const live = await db.$queryRawUnsafe<{ xmin: string }[]>(`SELECT xmin::text FROM "SurveyInvitation" UNION ALL SELECT xmin::text FROM "SurveyInvitationToken"`);
      expect(live.map((r) => r.xmin)).not.toContain(response!.xmin);
    }
  });

  it("refuses a personal link on another survey's page", async () => {
    await invite({ school: "3132100001", emails: ["wang@school.example.cn"] });
    await deliver();
    const link = linkIn(mailTo("wang@school.example.cn")[0]!.text!);
    const other = await createPublishedSurvey({ audiences: ["staff"] });
    const db = await getDb();
    const school = await db.orgUnit.findUniqueOrThrow({ where: { code: "3132100001" } });
    const otherLink = await db.distributionLink.create({ data: { code: "otherSurveyCode000001", surveyId: other.surveyId, schoolId: school.id, audience: "staff" } });
    expect(await submit(otherLink.code, link.secret)).toBe(410);
    expect(await answered()).toEqual({ "wang@school.example.cn": false });
    expect(await submit(link.code, link.secret)).toBe(201);
  });

  it("reminds only those who have not answered, once per round, with links that work", async () => {
    await invite({ school: "3132100001", emails: ["a@school.example.cn", "b@school.example.cn", "c@school.example.cn"] });
    await deliver();
    expect(await submit(linkIn(mailTo("a@school.example.cn")[0]!.text!).code, linkIn(mailTo("a@school.example.cn")[0]!.text!).secret)).toBe(201);

    expect(await remind({ round: "r1" })).toEqual({ status: 200, body: { round: "r1", enqueued: 2, alreadyReminded: 0, closed: 0, undeliverable: 0 } });
    expect((await remind({ round: "r1" })).body).toMatchObject({ enqueued: 0, alreadyReminded: 2 });
    await deliver();
    expect(mailTo("a@school.example.cn")).toHaveLength(1);
    const reminderB = mailTo("b@school.example.cn")[1]!;
    expect(reminderB.subject).toBe("提醒：请填写问卷「测试问卷」");
    expect(mailTo("c@school.example.cn")).toHaveLength(2);

    // b answers through the reminder, c through the original invitation: both links work once.
    const b = linkIn(reminderB.text!);
    expect(await submit(b.code, b.secret)).toBe(201);
    const c = linkIn(mailTo("c@school.example.cn")[0]!.text!);
    expect(await submit(c.code, c.secret)).toBe(201);
    expect(await submit(c.code, linkIn(mailTo("c@school.example.cn")[1]!.text!).secret)).toBe(410);
    expect(await answered()).toEqual({ "a@school.example.cn": true, "b@school.example.cn": true, "c@school.example.cn": true });
    expect((await remind({ round: "r2" })).body).toMatchObject({ enqueued: 0 });
  });

  it("counts invitations per link — answered, pending, failed — and reminds only deliverable addresses", async () => {
    const counts = async (who: Caller = admin) => call(invitationCountsRoute, `/api/surveys/${surveyId}/invitations`, { id: surveyId }, who.bearer);
    expect(await counts()).toEqual({ status: 200, body: { links: [] } });
    await invite({ school: "3132100001", emails: ["a@school.example.cn", "b@school.example.cn", "nobody@school.example.cn"] });
    await invite({ school: "3132100001", audience: "parent", emails: ["p@school.example.cn"] });
    await deliver();
    const a = linkIn(mailTo("a@school.example.cn")[0]!.text!);
    expect(await submit(a.code, a.secret)).toBe(201);
    expect((await counts()).body.links).toEqual([
      { school: "3132100001", schoolName: "扬州市测试小学", audience: "parent", invited: 1, answered: 0, pending: 1, failed: 0, bounced: 0 },
      { school: "3132100001", schoolName: "扬州市测试小学", audience: "staff", invited: 3, answered: 1, pending: 1, failed: 1, bounced: 0 },
    ]);
    // The refused address gets no reminder; b and p do.
    expect((await remind({ round: "r1" })).body).toMatchObject({ enqueued: 2, undeliverable: 1 });
    await deliver();
    expect(mailTo("nobody@school.example.cn")).toHaveLength(0);
    expect(mailTo("b@school.example.cn")).toHaveLength(2);
    // Another district sees none of it (the city's survey, no invitations in its schools); analysts may not look.
    expect((await counts(await createCaller("district_admin", "邗江区"))).body.links).toEqual([]);
    expect((await counts(await createCaller("analyst", "广陵区"))).status).toBe(403);
    expect((await counts(await createCaller("district_admin", "广陵区"))).body.links).toHaveLength(2);
  });

  it("shows permanent rejections first, with the server's reply, to administrators of the unit only", async () => {
    await invite({ school: "3132100001", emails: ["ok@school.example.cn", "nobody@school.example.cn"] });
    expect(await deliver()).toMatchObject({ sent: 1, failed: 1 });
    const list = await call(listOutboxRoute, "/api/mail/outbox", {}, admin.bearer);
    const messages = list.body.messages as { recipient: string; status: string; lastError: string | null }[];
    expect(messages.map((m) => [m.recipient, m.status])).toEqual([
      ["nobody@school.example.cn", "failed"],
      ["ok@school.example.cn", "sent"],
    ]);
    expect(messages[0]!.lastError).toMatch(/550 5\.1\.1 Mailbox unavailable 用户不存在/);
    expect((await call(listOutboxRoute, "/api/mail/outbox?status=failed", {}, admin.bearer)).body.messages).toHaveLength(1);
    const elsewhere = await createCaller("district_admin", "邗江区");
    expect((await call(listOutboxRoute, "/api/mail/outbox", {}, elsewhere.bearer)).body.messages).toEqual([]);
    const district = await createCaller("district_admin", "广陵区");
    expect((await call(listOutboxRoute, "/api/mail/outbox", {}, district.bearer)).body.messages).toHaveLength(2);
  });
});
