import { createHash } from "node:crypto";
import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";

/**
 * Failed sign-ins are counted per account and per client address in a 15-minute window. An account
 * locks after 5 failures (guessing one password); an address after 30 (a school's staff share one
 * NAT address, so it must tolerate many people's typos while stopping a sweep over many accounts).
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 30;

function keysFor(email: string, address: string): { key: string; max: number }[] {
  // Addresses are kept only as hashes, and only while a window is open.
  const addressHash = createHash("sha256").update(address).digest("base64url").slice(0, 22);
  return [
    { key: `account:${email}`, max: MAX_ACCOUNT_FAILURES },
    { key: `address:${addressHash}`, max: MAX_ADDRESS_FAILURES },
  ];
}

/** Refuses with 429 while either key is over its limit; the message says when to retry. */
export async function assertNotThrottled(email: string, address: string, now = new Date()): Promise<void> {
  const db = await getDb();
  for (const { key, max } of keysFor(email, address)) {
    const row = await db.signInFailure.findUnique({ where: { key } });
    if (!row || now.getTime() - row.windowStart.getTime() >= THROTTLE_WINDOW_MS) continue;
    if (row.count >= max) {
      const retryAfter = Math.ceil((row.windowStart.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000);
      throw new AppError("RATE_LIMITED", `登录失败次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试 (too many failed sign-ins)`, [
        { field: key.startsWith("account:") ? "email" : "address", message: `retry after ${retryAfter} s` },
      ]);
    }
  }
}

export async function recordSignInFailure(email: string, address: string, now = new Date()): Promise<void> {
  const db = await getDb();
  for (const { key } of keysFor(email, address)) {
    const row = await db.signInFailure.findUnique({ where: { key } });
    if (!row || now.getTime() - row.windowStart.getTime() >= THROTTLE_WINDOW_MS) {
      await db.signInFailure.upsert({ where: { key }, create: { key, count: 1, windowStart: now }, update: { count: 1, windowStart: now } });
    } else {
      await db.signInFailure.update({ where: { key }, data: { count: { increment: 1 } } });
    }
  }
}

/** A successful sign-in clears the account's count (not the address's: others may be guessing from it). */
export async function clearAccountFailures(email: string): Promise<void> {
  const db = await getDb();
  await db.signInFailure.deleteMany({ where: { key: `account:${email}` } });
}
