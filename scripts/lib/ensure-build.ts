import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { bundleServer, SERVER_BUNDLE_FILES } from "./bundle-server";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** Newest modification time under the folders a build depends on. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name === "node_modules") continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "prisma", "scripts/build", "scripts/lib"]) if (existsSync(dir)) walk(dir);
  for (const file of ["next.config.mjs", "package.json", "proxy.ts", "scripts/serve.ts", "tsconfig.json"]) if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

const builtAfter = (file: string, time: number) => existsSync(file) && statSync(file).mtimeMs >= time;

/**
 * Runs `next build` and compiles the server (scripts/lib/bundle-server.ts) when either is missing
 * or a source changed since; false if the build failed.
 */
export async function ensureProductionBuild(): Promise<boolean> {
  const newest = newestSource();
  if (!builtAfter(".next/BUILD_ID", newest)) {
    console.log("Building Wence (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) return false;
  }
  if (!SERVER_BUNDLE_FILES.every((f) => builtAfter(f, newest))) await bundleServer();
  return true;
}
