import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { closeDatabase, getDb } from "../lib/db/client";
import { resetEnvCache } from "../lib/env";
import { ensureProductionBuild } from "../scripts/lib/ensure-build";
import { spawnServer } from "../scripts/lib/spawn-server";
import { launchChromium } from "../tests/helpers/browser";
import type { Benchmark } from "./registry";
import { waitForServer } from "./wait-for-server";

export interface PageFigures {
  /** Gzipped (level 6) bytes of the scripts the browser fetched before the questionnaire was interactive. */
  scriptsGzipBytes: number;
  scripts: number;
  /** The same for every script fetched until the network was idle (lazy chunks included). */
  allScriptsGzipBytes: number;
  allScripts: number;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  firstQuestionMs: number;
  interactiveMs: number;
  loadMs: number;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function describePage(p: PageFigures): string {
  return (
    `${kib(p.scriptsGzipBytes)} of gzipped JS in ${p.scripts} scripts until interactive (${kib(p.allScriptsGzipBytes)} in ${p.allScripts} in all); ` +
    `HTML ${kib(p.htmlGzipBytes)}, CSS ${kib(p.cssGzipBytes)} gzipped; first question ${p.firstQuestionMs} ms, ` +
    `interactive ${p.interactiveMs} ms, load ${p.loadMs} ms (slow 4G, 4× CPU)`
  );
}

/**
 * Opens the questionnaire as a mid-range phone on a slow 4G link would (Lighthouse's profile:
 * 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× slower CPU) and counts what it downloads. Sizes
 * are of the bodies gzipped here at level 6, whatever the server sent; scripts marked `nomodule`
 * are never fetched by the browsers we serve and so are not counted.
 */
export async function measureRespondentPage(pageUrl: string): Promise<PageFigures> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

    const responses: { response: Response; at: number }[] = [];
    let started = 0;
    page.on("response", (response) => responses.push({ response, at: Date.now() - started }));
    started = Date.now();
    await page.goto(pageUrl, { waitUntil: "commit" });
    await page.locator(".sd-question__title").first().waitFor({ state: "visible" });
    const firstQuestionMs = Date.now() - started;
    // The runner marks the page once the survey model is wired to the draft and the submit path.
    await page.locator("main[data-ready]").waitFor({ state: "attached", timeout: 120_000 });
    const interactiveMs = Date.now() - started;
    await page.waitForLoadState("load");
    const loadMs = Date.now() - started;
    await page.waitForLoadState("networkidle");

    const gz = async (r: Response) => gzipSync(await r.body()).length;
    let scriptsGzipBytes = 0, scripts = 0, allScriptsGzipBytes = 0, allScripts = 0, htmlGzipBytes = 0, cssGzipBytes = 0;
    for (const { response, at } of responses) {
      const type = response.request().resourceType();
      if (type === "script") {
        const bytes = await gz(response);
        allScriptsGzipBytes += bytes;
        allScripts++;
        if (at <= interactiveMs) {
          scriptsGzipBytes += bytes;
          scripts++;
        }
      } else if (type === "document") htmlGzipBytes += await gz(response);
      else if (type === "stylesheet") cssGzipBytes += await gz(response);
    }
    await context.close();
    return { scriptsGzipBytes, scripts, allScriptsGzipBytes, allScripts, htmlGzipBytes, cssGzipBytes, firstQuestionMs, interactiveMs, loadMs };
  } finally {
    await browser.close();
  }
}

export const pageBenchmark: Benchmark = {
  name: "page",
  description: "the respondent page on a throttled phone: gzipped JS shipped, time to first question and to interactive",
  async run(args) {
    const { values } = parseArgs({ args, options: { runs: { type: "string", default: "3" } } });
    if (!(await ensureProductionBuild())) throw new Error("next build failed");
    const dir = mkdtempSync(path.join(os.tmpdir(), "wence-page-"));
    const databaseUrl = `file:${path.join(dir, "wence.db")}`;
    const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts", "--responses", "0"], { env, stdio: "inherit" });
    if (seeded.status !== 0) throw new Error("seeding failed");
    process.env.DATABASE_URL = databaseUrl;
    resetEnvCache();
    const db = await getDb();
    const link = await db.distributionLink.findFirstOrThrow({ where: { audience: "parent", survey: { title: { contains: "家长" } } }, select: { code: true } });
    await closeDatabase();

    const port = 3960 + Math.floor(Math.random() * 30);
    const server = spawnServer({ env: { ...env, PORT: String(port) }, stdio: "ignore" });
    try {
      const origin = `http://127.0.0.1:${port}`;
      await waitForServer(`${origin}/api/health`, server);
      await fetch(`${origin}/s/${link.code}`); // compile and warm the route once
      const runs: PageFigures[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        runs.push(await measureRespondentPage(`${origin}/s/${link.code}`));
        console.log(`run ${i + 1}: ${describePage(runs.at(-1)!)}`);
      }
      // Byte counts do not vary between runs; times do: report their medians.
      const median = (pick: (p: PageFigures) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
      const result: PageFigures = { ...runs[0]!, firstQuestionMs: median((p) => p.firstQuestionMs), interactiveMs: median((p) => p.interactiveMs), loadMs: median((p) => p.loadMs) };
      console.log(`median: ${describePage(result)}`);
      mkdirSync("bench/results", { recursive: true });
      writeFileSync("bench/results/page.json", JSON.stringify({ ...result, runs, at: new Date().toISOString() }, null, 2));
    } finally {
      server.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
