import { randomBytes } from "node:crypto";
import { getDb } from "./client";

const cache = new Map<string, Buffer>();

/** A 256-bit secret of this installation, made on first use and kept in the database. */
export async function installationSecret(name: string): Promise<Buffer> {
  const hit = cache.get(name);
  if (hit) return hit;
  const db = await getDb();
  const candidate = randomBytes(32).toString("base64");
  // Two servers racing on first use both end up with whichever value was stored first.
  await db.setting.upsert({ where: { key: name }, create: { key: name, value: candidate }, update: {} });
  const stored = await db.setting.findUniqueOrThrow({ where: { key: name } });
  const key = Buffer.from(stored.value, "base64");
  cache.set(name, key);
  return key;
}

/** For tests that reset the database between files. */
export function forgetInstallationSecrets(): void {
  cache.clear();
}
