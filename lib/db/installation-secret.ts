import { randomBytes } from "node:crypto";
import { getDb } from "./client";

const cache = new Map<string, Buffer>();

/** A 256-bit secret of this installation, made on first use and kept in the database. */
export async function installationSecret(name: string): Promise<Buffer> {
  const hit = cache.get(name);
  if (hit) return hit;
  const db = await getDb();
  const candidate = randomBytes(32).toString("base64");
  // Concurrent first uses (requests of one server, or several servers) all end up with whichever
  // value was stored first. Prisma's upsert is not atomic on PostgreSQL: racing ones failed on the
  // key with a 500 (found by the crash test); an INSERT that ignores the conflict cannot.
  await db.$executeRaw`INSERT INTO "Setting" ("key", "value") VALUES (${name}, ${candidate}) ON CONFLICT ("key") DO NOTHING`;
  const stored = await db.setting.findUniqueOrThrow({ where: { key: name } });
  const key = Buffer.from(stored.value, "base64");
  cache.set(name, key);
  return key;
}

/** For tests that reset the database between files. */
export function forgetInstallationSecrets(): void {
  cache.clear();
}
