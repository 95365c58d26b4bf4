import { createHmac, randomBytes } from "node:crypto";
import { getDb } from "../db/client";
import { installationSecret } from "../db/installation-secret";

/** The installation's secret for hashing device tokens. */
const hashingKey = () => installationSecret("device-token-key");

/** A random token for a respondent's device (kept in a cookie on the device only). */
export function newDeviceToken(): string {
  return randomBytes(18).toString("base64url");
}

export function isDeviceToken(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{24}$/.test(value);
}

/** Keyed hash of a device token per survey: the raw token is never stored. */
export async function hashDeviceToken(surveyId: string, token: string): Promise<string> {
  return createHmac("sha256", await hashingKey()).update(`${surveyId}\u0000${token}`).digest("base64url");
}

export async function hasDeviceAnswered(surveyId: string, token: string): Promise<boolean> {
  const db = await getDb();
  const row = await db.deviceSubmission.findUnique({ where: { surveyId_tokenHash: { surveyId, tokenHash: await hashDeviceToken(surveyId, token) } } });
  return row !== null;
}
