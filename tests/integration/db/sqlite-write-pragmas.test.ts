import { describe, expect, it } from "vitest";
import { database, getDb } from "@/lib/db/client";
import { openSqliteWriteConnection } from "@/lib/db/open-sqlite-write-connection";
import { SQLITE_WAL_AUTOCHECKPOINT_PAGES } from "@/lib/db/sqlite-settings";

// A 2xx means the response is on disk (issue 3): every connection that writes (Prisma's, the raw
// response writer, the bulk writer) commits with an fsync in WAL mode, and all of them space
// checkpoints alike, so none is left to run the big checkpoint on the request path by itself.
describe.runIf(process.env.DATABASE_URL?.startsWith("file:"))("SQLite write connections", () => {
  const FULL = 2;

  it("the raw writer's connection is WAL, synchronous=FULL, with foreign keys and spaced checkpoints", async () => {
    const db = openSqliteWriteConnection((await database()).target.url);
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.pragma("synchronous", { simple: true })).toBe(FULL);
      expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(SQLITE_WAL_AUTOCHECKPOINT_PAGES);
    } finally {
      db.close();
    }
  });

  it("Prisma's connection has the same settings", async () => {
    const db = await getDb();
    const value = async (pragma: string) => Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`))[0]!)[0];
    expect(await value("journal_mode")).toBe("wal");
    expect(Number(await value("synchronous"))).toBe(FULL);
    expect(Number(await value("wal_autocheckpoint"))).toBe(SQLITE_WAL_AUTOCHECKPOINT_PAGES);
  });
});
