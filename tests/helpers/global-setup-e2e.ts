import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/lib/free-port";


async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before serving`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Wence did not become healthy at ${baseUrl} within ${timeoutMs / 1000} s`);
}

/**
 * Runs the product the way a newcomer does (`npm start`: build if needed, migrate, seed the demo,
 * serve) on a fresh SQLite database, and hands its address to the browser tests.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wence-e2e-"));
  const port = await freePort();
  // The server delivers mail to a local SMTP server that a test starts on this port when it needs it.
  const smtpPort = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = `file:${path.join(dir, "e2e.db")}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, WENCE_DEMO: "1", NODE_ENV: "production", WENCE_SMTP_URL: `smtp://127.0.0.1:${smtpPort}/?ignoreTLS=true`, WENCE_MAIL_FROM: "问策 <wence@e2e.example.cn>" },
  });
  try {
    await waitForHealth(baseUrl, child, 300_000);
  } catch (e) {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
    throw e;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("smtpPort", smtpPort);
  // Tests arrange data through the domain functions on the same database file (SQLite in WAL mode
  // serves the server and the test process side by side).
  project.provide("databaseUrl", databaseUrl);
  project.provide("databasePoolSize", "1");
  return () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
}
