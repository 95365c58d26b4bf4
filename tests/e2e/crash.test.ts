import { describe, expect, it } from "vitest";
import { runCrashTest } from "../helpers/crash-harness";
import { freshDatabase, postgresReachable } from "../helpers/fresh-database";

// The short version of `npm run bench -- crash`: three SIGKILLs of the production server under
// load on each database. The e2e global setup has built the production bundle serve.ts needs.
// CI must have the real server (an unreachable one fails there); elsewhere the PostgreSQL case
// needs one on the local machine.
const withPostgres = Boolean(process.env.CI) || (await postgresReachable());

describe("the production server killed with SIGKILL under load", () => {
  for (const provider of ["sqlite", "postgresql"] as const) {
    it.skipIf(provider === "postgresql" && !withPostgres)(`keeps every acknowledged response exactly once, with exact tallies (${provider})`, { timeout: 180_000 }, async () => {
      const db = await freshDatabase(provider);
      try {
        const f = await runCrashTest({ databaseUrl: db.url, kills: 3, clients: 8, maxGapMs: 800, tailMs: 300, acceptedBeforeKill: 20, resendShare: 0.2, seed: 8 });
        expect(f.kills).toBe(3);
        expect(f.accepted).toBeGreaterThanOrEqual(60);
        // The kills hit requests in flight, and retries of the same id were answered as such.
        expect(f.inFlightAtKills).toBeGreaterThan(0);
        expect(f.resends).toBeGreaterThan(0);
        expect({ lost: f.lost, duplicated: f.duplicated, unacknowledged: f.unacknowledged, altered: f.altered, rejected: f.rejected, resendsNot200: f.resendsNot200 }).toEqual({
          lost: 0, duplicated: 0, unacknowledged: 0, altered: 0, rejected: 0, resendsNot200: 0,
        });
        expect(f.deviceRowsWithoutResponse).toBe(0);
        // A fresh installation's first burst raced on creating the device-hashing key (a 500).
        expect(f.serverErrors, f.serverLog.join("\n")).toBe(0);
        expect(f.mismatches).toBe(0);
        expect(f.integrity).toBe("ok");
      } finally {
        await db.drop();
      }
    });
  }
});
