import { createHmac, timingSafeEqual } from "node:crypto";
import { installationSecret } from "../db/installation-secret";

/** The CSRF token of a session: derived, so nothing more is stored, and useless without the session. */
export async function csrfTokenFor(sessionId: string): Promise<string> {
  return createHmac("sha256", await installationSecret("csrf-key")).update(sessionId).digest("base64url");
}

export async function isCsrfTokenValid(sessionId: string, presented: string | null | undefined): Promise<boolean> {
  if (!presented) return false;
  const expected = Buffer.from(await csrfTokenFor(sessionId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
