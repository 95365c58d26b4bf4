import nodemailer from "nodemailer";

export type MailTransport = ReturnType<typeof createMailTransport>;

/**
 * One pooled SMTP connection per delivery pass. Timeouts are far below the outbox lease, so a
 * send that hangs gives up before another worker may take its message over (deliver-outbox.ts).
 */
export function createMailTransport(smtpUrl: string) {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}
