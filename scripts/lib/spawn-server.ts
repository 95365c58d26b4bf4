import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { SERVER_BUNDLE } from "./bundle-server";

/**
 * The server process (scripts/serve.ts) as `npm start` runs it; benchmarks and the crash test
 * start it the same way, so what they measure is what is deployed. In production that is the
 * compiled server on plain Node (`npm run build`, decision 018); `--dev` runs the source with tsx.
 */
export function spawnServer(options: { env: NodeJS.ProcessEnv; dev?: boolean; stdio?: StdioOptions }): ChildProcess {
  if (!options.dev && !existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build`);
  const args = options.dev ? ["--import", "tsx", "scripts/serve.ts", "--dev"] : [SERVER_BUNDLE];
  return spawn(process.execPath, args, {
    stdio: options.stdio ?? "inherit",
    // glibc gives each thread that mallocs (the SQLite writer thread, libuv's pool) its own arena;
    // two arenas cost nothing measurable in speed and keep ~30 MB of RSS (decision 017).
    env: { MALLOC_ARENA_MAX: "2", ...options.env },
  });
}
