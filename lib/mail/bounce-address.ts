import { createHmac, timingSafeEqual } from "node:crypto";
import { installationSecret } from "../db/installation-secret";

// 96 bits of HMAC: nobody who has not seen a mail's envelope can name a message in a forged report.
const MAC_HEX = 24;

const mac = async (outboxId: string) => createHmac("sha256", await installationSecret("bounce-key")).update(outboxId).digest("hex").slice(0, MAC_HEX);

/**
 * The VERP envelope sender of an outbox message: bounce+<message id>.<HMAC>@<domain>. A delivery
 * report comes back to it, naming the message without reading the report's free-form content.
 * Lower-case only, so a relay that folds the local part's case does not break it.
 */
export async function bounceAddress(outboxId: string, domain: string): Promise<string> {
  return `bounce+${outboxId}.${await mac(outboxId)}@${domain}`;
}

/** The outbox message a bounce address names, or null for anything else or a wrong HMAC. */
export async function outboxIdFromBounceAddress(address: string, domain: string): Promise<string | null> {
  const match = /^bounce\+([a-z0-9]{1,64})\.([0-9a-f]+)@(.+)$/.exec(address.trim().toLowerCase());
  if (!match || match[3] !== domain.toLowerCase() || match[2]!.length !== MAC_HEX) return null;
  const expected = Buffer.from(await mac(match[1]!));
  return timingSafeEqual(expected, Buffer.from(match[2]!)) ? match[1]! : null;
}
