import { env } from "../env";

export interface MailConfig {
  /** nodemailer connection URL; query parameters become transport options (e.g. ?ignoreTLS=true). */
  smtpUrl: string;
  /** The From header: an address or `Name <address>`. */
  from: string;
  /** Envelope senders are VERP bounce addresses in this domain (bounce-address.ts); null: the From address. */
  bounceDomain: string | null;
}

/** The configured mail server, or null when WENCE_SMTP_URL is unset (messages then wait in the outbox). */
export function mailConfig(): MailConfig | null {
  const { WENCE_SMTP_URL, WENCE_MAIL_FROM, WENCE_BOUNCE_DOMAIN } = env();
  return WENCE_SMTP_URL ? { smtpUrl: WENCE_SMTP_URL, from: WENCE_MAIL_FROM, bounceDomain: WENCE_BOUNCE_DOMAIN ?? null } : null;
}

/** The bare address of a From header. */
export function senderAddress(from: string): string {
  return /<([^<>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** The domain Message-IDs are made in: the sender's, so receivers can tell them apart. */
export function messageIdDomain(from: string): string {
  return senderAddress(from).split("@")[1] ?? "localhost";
}
