import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";

/**
 * The server process (scripts/serve.ts) as `npm start` runs it; benchmarks and the crash test
 * start it the same way, so what they measure is what is deployed.
 */
export function spawnServer(options: { env: NodeJS.ProcessEnv; dev?: boolean; stdio?: StdioOptions }): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(options.dev ? ["--dev"] : [])], {
    stdio: options.stdio ?? "inherit",
    // glibc gives each thread that mallocs (the SQLite writer thread, libuv's pool) its own arena;
    // two arenas cost nothing measurable in speed and keep ~30 MB of RSS (decision 017).
    env: { MALLOC_ARENA_MAX: "2", ...options.env },
  });
}
