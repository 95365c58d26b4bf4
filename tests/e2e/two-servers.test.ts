import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { createRandom } from "@/lib/demo/random";
import { synthesizeAnswers } from "@/lib/demo/synthesize-answers";
import { findTallyMismatches } from "@/lib/responses/recount-tallies";
import { freePort } from "../../scripts/lib/free-port";
import { loadTargets, seedDatabase, startServer, switchDatabase } from "../helpers/crash-harness";
import { freshDatabase, postgresReachable } from "../helpers/fresh-database";

// Two production server processes on one database at once (a second instance behind the load
// balancer, or a restart overlapping the old process): every submission lands once and the
// tallies, which both processes increment, still equal a recount.
const withPostgres = Boolean(process.env.CI) || (await postgresReachable());

describe("two production servers writing to one database at once", () => {
  for (const provider of ["sqlite", "postgresql"] as const) {
    it.skipIf(provider === "postgresql" && !withPostgres)(`keep tallies exact and every submission once (${provider})`, { timeout: 180_000 }, async () => {
      const db = await freshDatabase(provider);
      const errors: string[] = [];
      const servers = [];
      try {
        seedDatabase(db.url);
        await switchDatabase(db.url);
        const ports = [await freePort(), await freePort()];
        const targets = await Promise.all(ports.map((port) => loadTargets(`http://127.0.0.1:${port}`)));
        await closeDatabase();
        for (const port of ports) servers.push(startServer(db.url, port, errors));
        await Promise.all(servers.map((s) => s.ready));

        const random = createRandom(17);
        const submission = (k: number) => {
          const target = targets[0]![k % targets[0]!.length]!;
          for (;;) {
            const result = target.validator.validate(synthesizeAnswers(target.json, random, random.next()));
            if (result.ok) return { path: new URL(target.url).pathname, body: JSON.stringify({ id: randomUUID(), data: result.data }) };
          }
        };
        const post = (port: number, s: { path: string; body: string }) =>
          fetch(`http://127.0.0.1:${port}${s.path}`, { method: "POST", headers: { "content-type": "application/json" }, body: s.body }).then((r) => r.status);

        // 600 distinct respondents, 12 at a time on each server.
        const work = Array.from({ length: 600 }, (_, k) => submission(k));
        const statuses: number[] = [];
        await Promise.all(
          ports.flatMap((port, p) =>
            Array.from({ length: 12 }, async (_, c) => {
              for (let k = p * 300 + c; k < (p + 1) * 300; k += 12) statuses.push(await post(port, work[k]!));
            }),
          ),
        );
        // One submission sent to both servers at the same moment, as a client retrying through a balancer.
        const twice = submission(600);
        const both = await Promise.all(ports.flatMap((port) => [post(port, twice), post(port, twice)]));

        expect(statuses.filter((s) => s !== 201), errors.join("\n")).toEqual([]);
        expect(both.filter((s) => s === 201)).toHaveLength(1);
        expect(both.filter((s) => s === 200)).toHaveLength(3);

        await switchDatabase(db.url);
        const prisma = await getDb();
        expect(await prisma.response.count()).toBe(601);
        for (const survey of await prisma.survey.findMany({ select: { id: true } })) expect(await findTallyMismatches(survey.id)).toEqual([]);
      } finally {
        for (const s of servers) s.child.kill("SIGTERM");
        await closeDatabase();
        await db.drop();
      }
    });
  }
});
