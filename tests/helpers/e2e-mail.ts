import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { launchChromium } from "./browser";
import { startLocalSmtp, type LocalSmtp } from "./smtp";

export interface MailingServer {
  browser: Browser;
  /** The SMTP server the production server (npm start, global-setup-e2e.ts) delivers to. */
  smtp: LocalSmtp;
}

/**
 * For e2e tests of mail the production server sends: arranges data on the server's database,
 * listens where it delivers mail, and opens Chromium; registers its own beforeAll/afterAll.
 * Read the fields inside the tests (they are set once beforeAll has run).
 */
export function useMailingServer(): MailingServer {
  const harness = {} as MailingServer;
  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    resetEnvCache();
    harness.smtp = await startLocalSmtp({ port: inject("smtpPort") });
    harness.browser = await launchChromium();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.smtp?.stop();
    await closeDatabase();
  });
  return harness;
}

/** Waits up to `timeoutMs` for the server's delivery loop to have sent what `enough` asks for. */
export async function waitForMails(smtp: LocalSmtp, enough: (mails: LocalSmtp["mails"]) => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!enough(smtp.mails) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
}
