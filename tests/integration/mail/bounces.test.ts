import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as invitationCountsRoute, POST as inviteRoute } from "@/app/api/surveys/[id]/invitations/route";
import { POST as remindRoute } from "@/app/api/surveys/[id]/reminders/route";
import { getDb } from "@/lib/db/client";
import { createMailTransport } from "@/lib/mail/create-transport";
import { deliverOutbox } from "@/lib/mail/deliver-outbox";
import { GET as listOutboxRoute } from "@/app/api/mail/outbox/route";
import { startBounceReceiver, type BounceReceiver } from "@/lib/mail/start-bounce-receiver";
import { createCaller, createPublishedSurvey, createSchools } from "../../helpers/factories";
import { resetDatabase } from "../../helpers/reset-database";
import { startLocalSmtp, type LocalSmtp } from "../../helpers/smtp";
import { smtpConversation } from "../../helpers/smtp-conversation";

const DOMAIN = "bounces.jyj.example.cn";

/** A delivery status notification as Postfix writes one (RFC 3464), for a mail to `recipient`. */
function deliveryReport(recipient: string, action: "failed" | "delayed", status: string): string {
  return [
    "From: MAILER-DAEMON@relay.example.cn (Mail Delivery System)",
    `Subject: ${action === "failed" ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)"}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="B0UND.1"',
    "",
    "This is a MIME-encapsulated message.",
    "",
    "--B0UND.1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "I'm sorry to have to inform you that your message could not be delivered.",
    "",
    "--B0UND.1",
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; relay.example.cn",
    "Arrival-Date: Mon,  7 Dec 2026 10:00:00 +0800 (CST)",
    "",
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822;${recipient}`,
    `Action: ${action}`,
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${status.startsWith("5") ? "550" : "451"} ${status} <${recipient}>:`,
    "    Recipient address rejected: User unknown in local recipient table",
    "",
    "--B0UND.1",
    "Content-Type: text/rfc822-headers",
    "",
    "Subject: =?UTF-8?B?6YKA6K+35oKo5aGr5YaZ6Zeu5Y23?=",
    "",
    "--B0UND.1--",
    "",
  ].join("\r\n");
}

describe("bounces mailed back later (VERP + the bounce receiver)", () => {
  let smtp: LocalSmtp;
  let receiver: BounceReceiver;
  let admin: Awaited<ReturnType<typeof createCaller>>;
  let surveyId: string;

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    receiver = await startBounceReceiver({ host: "127.0.0.1", port: 0, domain: DOMAIN });
  });
  afterAll(async () => {
    await receiver.stop();
    await smtp.stop();
  });
  beforeEach(async () => {
    await resetDatabase();
    smtp.mails.length = 0;
    smtp.senders.length = 0;
    await createSchools();
    admin = await createCaller("school_admin", "3132100001");
    surveyId = (await createPublishedSurvey({ audiences: ["staff"] })).surveyId;
    const res = await inviteRoute(
      new Request(`http://localhost/api/surveys/${surveyId}/invitations`, {
        method: "POST",
        headers: { ...admin.bearer, "content-type": "application/json" },
        body: JSON.stringify({ school: "3132100001", emails: ["gone@school.example.cn", "slow@school.example.cn", "here@school.example.cn"] }),
      }),
      { params: Promise.resolve({ id: surveyId }) },
    );
    expect(res.status).toBe(201);
    const transport = createMailTransport(smtp.url);
    try {
      expect(await deliverOutbox({ transport, from: "问策 <wence@jyj.example.cn>", bounceDomain: DOMAIN })).toMatchObject({ sent: 3 });
    } finally {
      transport.close();
    }
  });

  /** The envelope sender each recipient's mail went out with. */
  const bounceAddressOf = (recipient: string) => {
    const i = smtp.mails.findIndex((m) => !Array.isArray(m.to) && m.to?.value[0]?.address === recipient);
    return smtp.senders[i]!;
  };
  const counts = async () => {
    const res = await invitationCountsRoute(new Request(`http://localhost/api/surveys/${surveyId}/invitations`, { headers: admin.bearer }), { params: Promise.resolve({ id: surveyId }) });
    return ((await res.json()) as { links: Record<string, unknown>[] }).links[0];
  };
  const statusOf = async (recipient: string) => (await (await getDb()).outboxMessage.findFirstOrThrow({ where: { recipient } })).status;

  it("sends each mail from its own signed bounce address, keeping the From header", async () => {
    const db = await getDb();
    for (const m of await db.outboxMessage.findMany()) {
      expect(bounceAddressOf(m.recipient)).toMatch(new RegExp(`^bounce\\+${m.id}\\.[0-9a-f]{24}@bounces\\.jyj\\.example\\.cn$`));
    }
    expect(smtp.mails[0]!.from?.value[0]?.address).toBe("wence@jyj.example.cn");
  });

  it("marks a permanently failed mail and its invitation bounced, ignores a delay, and stops reminders to it", async () => {
    const gone = bounceAddressOf("gone@school.example.cn");
    const slow = bounceAddressOf("slow@school.example.cn");
    const replies = await smtpConversation(receiver.port, { from: "", to: [gone] }, deliveryReport("gone@school.example.cn", "failed", "5.1.1"));
    expect(replies.filter((r) => r.startsWith("250")).length).toBeGreaterThanOrEqual(3);
    await smtpConversation(receiver.port, { from: "", to: [slow] }, deliveryReport("slow@school.example.cn", "delayed", "4.4.1"));

    expect(await statusOf("gone@school.example.cn")).toBe("bounced");
    expect(await statusOf("slow@school.example.cn")).toBe("sent");
    const db = await getDb();
    expect((await db.surveyInvitation.findMany({ where: { bouncedAt: { not: null } } })).map((i) => i.email)).toEqual(["gone@school.example.cn"]);
    expect(await counts()).toMatchObject({ invited: 3, answered: 0, pending: 2, failed: 0, bounced: 1 });

    // The administrators' mail page lists it after failures, with the report's status.
    const listed = ((await (await listOutboxRoute(new Request("http://localhost/api/mail/outbox", { headers: admin.bearer }), { params: Promise.resolve({}) })).json()) as { messages: { recipient: string; status: string; lastError: string | null; bouncedAt: string | null }[] }).messages;
    expect(listed[0]).toMatchObject({ recipient: "gone@school.example.cn", status: "bounced" });
    expect(listed[0]!.lastError).toContain("5.1.1");
    expect(listed[0]!.lastError).toContain("User unknown");
    expect(listed[0]!.bouncedAt).not.toBeNull();

    const remind = await remindRoute(
      new Request(`http://localhost/api/surveys/${surveyId}/reminders`, { method: "POST", headers: { ...admin.bearer, "content-type": "application/json" }, body: "{}" }),
      { params: Promise.resolve({ id: surveyId }) },
    );
    expect(await remind.json()).toMatchObject({ enqueued: 2, undeliverable: 1 });
  });

  it("refuses forged and unknown bounce addresses and changes nothing", async () => {
    const db = await getDb();
    const here = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "here@school.example.cn" } });
    const genuine = bounceAddressOf("here@school.example.cn");
    const forged = [
      `bounce+${here.id}.${"0".repeat(24)}@${DOMAIN}`,
      `bounce+${here.id}.${genuine.split(".")[1]!.split("@")[0]!.slice(0, 20)}@${DOMAIN}`,
      `bounce+nosuchmessage.${"a".repeat(24)}@${DOMAIN}`,
      genuine.replace(DOMAIN, "other.example.cn"),
      `postmaster@${DOMAIN}`,
    ];
    const replies = await smtpConversation(receiver.port, { from: "", to: forged }, deliveryReport("here@school.example.cn", "failed", "5.1.1"));
    const rcpt = replies.slice(2, 2 + forged.length);
    expect(rcpt.every((r) => r.startsWith("550"))).toBe(true);
    expect(await statusOf("here@school.example.cn")).toBe("sent");
    expect(await db.surveyInvitation.count({ where: { bouncedAt: { not: null } } })).toBe(0);

    // A genuine address that receives something other than a report (an auto-reply) changes nothing either.
    await smtpConversation(receiver.port, { from: "", to: [genuine] }, "Subject: 自动回复：休假中\r\n\r\n我正在休假，回来后回复您。\r\n");
    expect(await statusOf("here@school.example.cn")).toBe("sent");
  });
});
