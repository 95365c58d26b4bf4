import { createHmac, randomBytes } from "node:crypto";
import { getDb } from "../db/client";

const KEY_SETTING = "device-token-key";
let cachedKey: Buffer | undefined;

/** The installation's secret for hashing device tokens, made on first use and kept in the database. */
async function hashingKey(): Promise<Buffer> {
  if (cachedKey) return cachedKey;
  const db = await getDb();
  const candidate = randomBytes(32).toString("base64");
  // Concurrent first uses (requests of one server, or several servers) all end up with whichever
  // value was stored first. Prisma's upsert is not atomic on PostgreSQL: racing ones failed on
  // the key with a 500 (found by the crash test); an INSERT that ignores the conflict cannot.
  await db.$executeRaw`INSERT INTO "Setting" ("key", "value") VALUES (${KEY_SETTING}, ${candidate}) ON CONFLICT ("key") DO NOTHING`;
  const stored = await db.setting.findUniqueOrThrow({ where: { key: KEY_SETTING } });
  cachedKey = Buffer.from(stored.value, "base64");
  return cachedKey;
}

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
