import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { parseEnv } from "../../lib/env";
import { SERVER_BUNDLE } from "./bundle-server";

/**
 * The server process (scripts/serve.ts) as `npm start` runs it; benchmarks and the crash test
 * start it the same way, so what they measure is what is deployed. In production that is the
 * compiled server on plain Node (`npm run build`, decision 018); `--dev` runs the source with tsx.
 */
export function spawnServer(options: { env: NodeJS.ProcessEnv; dev?: boolean; stdio?: StdioOptions }): ChildProcess {
  if (!options.dev && !existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run npm run build`);
  // A heap limit makes V8 collect an export's garbage as it goes: without one it sized the heap
  // from the machine's 24 GB and a million-row export took the server from ~250 to ~450 MB
  // (decision 018). The env is parsed here too, so a bad value fails before the server starts.
  const heap = `--max-old-space-size=${parseEnv(options.env).WENCE_MAX_HEAP_MB}`;
  const args = options.dev ? [heap, "--import", "tsx", "scripts/serve.ts", "--dev"] : [heap, SERVER_BUNDLE];
  return spawn(process.execPath, args, {
    stdio: options.stdio ?? "inherit",
    // glibc gives each thread that mallocs (the SQLite writer thread, libuv's pool) its own arena;
    // two arenas cost nothing measurable in speed and keep ~30 MB of RSS (decision 017).
    env: { MALLOC_ARENA_MAX: "2", ...options.env },
  });
}
