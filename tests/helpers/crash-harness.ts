// The crash test behind `npm run bench -- crash` and tests/e2e/crash.test.ts: respondents submit
// to the production server (scripts/serve.ts) while it is killed with SIGKILL at random moments
// and restarted; afterwards the database must hold every acknowledged response exactly once.
import { spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { checkIntegrity } from "@/lib/db/check-integrity";
import { closeDatabase, getDb } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/database-url";
import { createRandom, type Random } from "@/lib/demo/random";
import { synthesizeAnswers } from "@/lib/demo/synthesize-answers";
import { resetEnvCache } from "@/lib/env";
import { compileValidator, type CompiledValidator } from "@/lib/responses/compile-validator";
import { hashData } from "@/lib/responses/hash-data";
import { spawnServer } from "../../scripts/lib/spawn-server";
import { findTallyMismatches } from "@/lib/responses/recount-tallies";
import { freePort } from "../../scripts/lib/free-port";

export interface CrashOptions {
  databaseUrl: string;
  /** SIGKILLs of the server, each followed by a restart. */
  kills: number;
  /** Respondents submitting at once (default 16). */
  clients?: number;
  /** Seeds the kill moments, the answers and the re-sends (default 1). */
  seed?: number;
  /** Each kill comes a uniform random 0..maxGapMs after the server listens again (default 2500). */
  maxGapMs?: number;
  /** Acknowledgements to wait for after each (re)start before the random wait, so every kill lands under load (default 20). */
  acceptedBeforeKill?: number;
  /** Load kept up after the last restart before respondents stop (default 1000 ms). */
  tailMs?: number;
  /** Share of acknowledged submissions a respondent sends once more, as after a lost acknowledgement (default 0.1). */
  resendShare?: number;
  log?: (line: string) => void;
}

export interface CrashFigures {
  provider: "sqlite" | "postgresql";
  kills: number;
  /** Requests outstanding at the moments of the kills, summed. */
  inFlightAtKills: number;
  attempts: number;
  /** Attempts that failed on the connection (server killed mid-request, or down). */
  connectionErrors: number;
  serverErrors: number;
  /** The first things the servers wrote to stderr (their 5xx are logged there). */
  serverLog: string[];
  /** Distinct submissions acknowledged with a 2xx. */
  accepted: number;
  /** Answers other than 2xx after retries (none expected: every submission is valid). */
  rejected: number;
  /** Retries after a connection error answered 200: stored before the kill, acknowledgement lost. */
  storedBeforeKill: number;
  /** Acknowledged submissions sent once more with the same id; each must be answered 200. */
  resends: number;
  resendsNot200: number;
  lost: number;
  duplicated: number;
  /** Stored responses no respondent saw acknowledged (none expected: respondents retry until answered). */
  unacknowledged: number;
  /** Stored responses whose answers differ from what was sent. */
  altered: number;
  /** Device-token hashes minus responses (each respondent has its own device; 0 expected). */
  deviceRowsWithoutResponse: number;
  mismatches: number;
  /** "ok", or the first problems the database's own check found. */
  integrity: string;
  integrityChecked: string;
  restartMsMedian: number;
  restartMsMax: number;
  /** Length of the load phase, kills and restarts included. */
  seconds: number;
}

export interface Target {
  url: string;
  json: unknown;
  validator: CompiledValidator;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


/** Migrates and seeds the demo city (all questionnaires published, links for every school), no responses. */
export function seedDatabase(databaseUrl: string): void {
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts", "--responses", "0"], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stdout}\n${seeded.stderr}`);
}

export async function switchDatabase(databaseUrl: string): Promise<void> {
  await closeDatabase();
  process.env.DATABASE_URL = databaseUrl;
  resetEnvCache();
}

export async function loadTargets(origin: string): Promise<Target[]> {
  const db = await getDb();
  const links = await db.distributionLink.findMany({ select: { code: true, survey: { select: { versions: { where: { publishedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { id: true, json: true } } } } } });
  const validators = new Map<string, CompiledValidator>();
  return links.map((l) => {
    const version = l.survey.versions[0]!;
    if (!validators.has(version.id)) validators.set(version.id, compileValidator(version.json));
    return { url: `${origin}/api/s/${l.code}/responses`, json: version.json, validator: validators.get(version.id)! };
  });
}

export interface Server {
  child: ChildProcess;
  /** Resolves when the server listens; rejects if it exits first. */
  ready: Promise<void>;
}

export function startServer(databaseUrl: string, port: number, errors: string[]): Server {
  const child = spawnServer({
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", WENCE_SUBMIT_LIMIT: "100000000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("▲ Wence")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      // What the server logged about its 5xx answers, for the figures.
      if (errors.length < 20) errors.push(chunk.toString().slice(0, 2000));
    });
    child.on("exit", (code, signal) => reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`)));
  });
  ready.catch(() => undefined);
  return { child, ready };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

interface Submission {
  id: string;
  url: string;
  body: string;
  cookie: string;
  hash: string;
}

/** Runs the crash test on a seeded database; the caller creates the database and drops it after. */
export async function runCrashTest(options: CrashOptions): Promise<CrashFigures> {
  const { databaseUrl, kills } = options;
  const clients = options.clients ?? 16;
  const maxGapMs = options.maxGapMs ?? 2500;
  const resendShare = options.resendShare ?? 0.1;
  const acceptedBeforeKill = options.acceptedBeforeKill ?? 20;
  const random: Random = createRandom(options.seed ?? 1);
  const log = options.log ?? (() => undefined);
  const provider = resolveDatabaseUrl(databaseUrl).provider;

  seedDatabase(databaseUrl);
  if (provider === "postgresql") {
    // amcheck lets the integrity check verify every index against the table rows.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query("CREATE EXTENSION IF NOT EXISTS amcheck").catch(() => undefined);
    await client.end();
  }
  const port = await freePort();
  await switchDatabase(databaseUrl);
  const targets = await loadTargets(`http://127.0.0.1:${port}`);
  await closeDatabase();

  const f = { attempts: 0, connectionErrors: 0, serverErrors: 0, rejected: 0, storedBeforeKill: 0, resends: 0, resendsNot200: 0, inFlightAtKills: 0 };
  const acknowledged = new Map<string, string>();
  const rejections: string[] = [];
  let inFlight = 0;
  let stopping = false;
  const deadline = Date.now() + (kills * (maxGapMs + 30_000) + 60_000);

  const nextSubmission = (): Submission => {
    const target = random.pick(targets);
    let data: Record<string, unknown> | undefined;
    while (!data) {
      const result = target.validator.validate(synthesizeAnswers(target.json, random, random.next()));
      if (result.ok) data = result.data;
    }
    const id = randomUUID();
    // Every respondent has their own device (the cookie the questionnaire page set).
    return { id, url: target.url, body: JSON.stringify({ id, data }), cookie: `wence_device=${randomBytes(18).toString("base64url")}`, hash: hashData(data) };
  };

  /** Sends until the server answers other than 5xx, with the same id and a growing pause, as the client does. */
  const submitUntilAnswered = async (s: Submission): Promise<number> => {
    let pause = 20;
    let failedBefore = false;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`no answer for submission ${s.id} before the deadline`);
      f.attempts++;
      inFlight++;
      try {
        const res = await fetch(s.url, { method: "POST", headers: { "content-type": "application/json", cookie: s.cookie }, body: s.body, signal: AbortSignal.timeout(20_000) });
        const text = await res.text();
        if (res.status < 500) {
          if (failedBefore && res.status === 200) f.storedBeforeKill++;
          if (res.status >= 300) rejections.push(`${res.status} ${text.slice(0, 200)}`);
          return res.status;
        }
        f.serverErrors++;
      } catch {
        f.connectionErrors++;
      } finally {
        inFlight--;
      }
      failedBefore = true;
      await sleep(pause * (0.5 + random.next()));
      pause = Math.min(pause * 2, 500);
    }
  };

  const respondent = async () => {
    while (!stopping) {
      const s = nextSubmission();
      const status = await submitUntilAnswered(s);
      if (status !== 200 && status !== 201) {
        f.rejected++;
        continue;
      }
      acknowledged.set(s.id, s.hash);
      if (random.chance(resendShare)) {
        f.resends++;
        if ((await submitUntilAnswered(s)) !== 200) f.resendsNot200++;
      }
    }
  };

  const started = performance.now();
  const serverLog: string[] = [];
  let server = startServer(databaseUrl, port, serverLog);
  const restartMs: number[] = [];
  try {
    await server.ready;
    const load = Array.from({ length: clients }, respondent);
    for (let k = 1; k <= kills; k++) {
      const floor = acknowledged.size + acceptedBeforeKill;
      while (acknowledged.size < floor) {
        if (Date.now() > deadline) throw new Error("the server acknowledged nothing before the deadline");
        await sleep(10);
      }
      await sleep(random.next() * maxGapMs);
      f.inFlightAtKills += inFlight;
      const killedAt = performance.now();
      server.child.kill("SIGKILL");
      await exited(server.child);
      server = startServer(databaseUrl, port, serverLog);
      await server.ready;
      restartMs.push(performance.now() - killedAt);
      log(`kill ${k}/${kills}: ${acknowledged.size} acknowledged, restarted in ${Math.round(restartMs.at(-1)!)} ms`);
    }
    await sleep(options.tailMs ?? 1000);
    stopping = true;
    await Promise.all(load);
  } finally {
    stopping = true;
    server.child.kill("SIGTERM");
    await exited(server.child);
  }
  const seconds = (performance.now() - started) / 1000;
  if (rejections.length > 0) log(`rejected: ${rejections.slice(0, 3).join(" | ")}`);

  await switchDatabase(databaseUrl);
  try {
    const db = await getDb();
    const rows = await db.response.findMany({ select: { submissionId: true, dataHash: true } });
    const stored = new Map<string, string[]>();
    for (const r of rows) stored.set(r.submissionId, [...(stored.get(r.submissionId) ?? []), r.dataHash]);
    let lost = 0;
    let altered = 0;
    for (const [id, hash] of acknowledged) {
      const hashes = stored.get(id) ?? [];
      if (hashes.length === 0) lost++;
      else if (hashes.some((h) => h !== hash)) altered++;
    }
    const duplicated = rows.length - stored.size;
    const unacknowledged = [...stored.keys()].filter((id) => !acknowledged.has(id)).length;
    const surveys = await db.survey.findMany({ select: { id: true } });
    let mismatches = 0;
    for (const s of surveys) mismatches += (await findTallyMismatches(s.id)).length;
    const deviceRows = await db.deviceSubmission.count();
    const integrity = await checkIntegrity();
    const sorted = [...restartMs].sort((a, b) => a - b);
    return {
      provider,
      kills: restartMs.length,
      ...f,
      serverLog,
      accepted: acknowledged.size,
      lost,
      duplicated,
      unacknowledged,
      altered,
      deviceRowsWithoutResponse: deviceRows - rows.length,
      mismatches,
      integrity: integrity.ok ? "ok" : integrity.problems.slice(0, 5).join("; "),
      integrityChecked: integrity.checked,
      restartMsMedian: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
      restartMsMax: Math.round(sorted.at(-1) ?? NaN),
      seconds: Number(seconds.toFixed(1)),
    };
  } finally {
    await closeDatabase();
  }
}
