import { createHash, randomBytes } from "node:crypto";

/** A 256-bit random secret for cookies, API tokens and invitations. */
export function newSecretToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** What is stored instead of a secret: a leaked table must open nothing. */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
