// `npm test`: lint, typecheck, unit tests, the integration suites on SQLite and PostgreSQL, and the
// browser tests in Chromium. Provisions what a fresh machine lacks, the way
// `playwright install --with-deps` would, but from Debian's packages.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const bin = (name: string) => `node_modules/.bin/${name}`;

function run(label: string, command: string, args: string[]): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

function ensureBrowser(): void {
  const missing = [!existsSync("/usr/bin/chromium") && "chromium", !hasCjkFont() && "fonts-noto-cjk"].filter(Boolean) as string[];
  if (missing.length === 0 || process.env.WENCE_CHROMIUM) return;
  console.log(`Browser tests need Debian's ${missing.join(" and ")}: installing with apt-get…`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (...args: string[]) => spawnSync(sudo[0] ?? "apt-get", [...sudo.slice(1), ...(sudo.length ? ["apt-get"] : []), ...args], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (apt("install", "-y", "--no-install-recommends", ...missing).status !== 0) {
    apt("update");
    if (apt("install", "-y", "--no-install-recommends", ...missing).status !== 0) {
      console.error(`Could not install ${missing.join(", ")}. Install them (apt-get install ${missing.join(" ")}) or set WENCE_CHROMIUM to a Chromium binary.`);
      process.exit(1);
    }
  }
}

ensureBrowser();
run("lint", bin("eslint"), ["--max-warnings=0", "."]);
run("typecheck", bin("tsc"), ["--noEmit"]);
mkdirSync("test-results", { recursive: true });
const projects = ["unit", "sqlite", "postgres", "e2e"].flatMap((p) => ["--project", p]);
const vitest = spawnSync(bin("vitest"), ["run", ...projects, "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"], { stdio: "inherit" });
const report = existsSync("test-results/vitest.json")
  ? (JSON.parse(readFileSync("test-results/vitest.json", "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTests: number })
  : undefined;
if (report) console.log(`\nTests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
if (vitest.status !== 0 || !report || report.numTotalTests === 0) process.exit(vitest.status || 1);
