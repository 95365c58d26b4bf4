import { build } from "esbuild";
import path from "node:path";

/** Where the production server's compiled entry points live (`npm run build` writes them). */
export const SERVER_BUNDLE_DIR = path.resolve("dist/server");
export const SERVER_BUNDLE = path.join(SERVER_BUNDLE_DIR, "serve.mjs");

/**
 * Compiles scripts/serve.ts and the SQLite writer thread's body into plain ES modules, our own code
 * bundled and every package left to node_modules. The production server then runs on Node alone:
 * under tsx, each isolate (the server and its writer thread) got a module-hooks thread of its own
 * and the transform cache, ~95 MB of resident memory in all (decision 018). The writer thread's file
 * keeps the name start-sqlite-writer-thread.ts resolves next to its caller, so the same
 * `new URL("./sqlite-writer-thread.mjs", import.meta.url)` finds the tsx entry in lib/db/ when run
 * from source and the compiled body here when run from the bundle.
 */
export async function bundleServer(): Promise<void> {
  // One build for both, so a failed build cannot leave a new server beside an old thread body.
  await build({
    entryPoints: [
      { in: "scripts/serve.ts", out: "serve" },
      { in: "lib/db/sqlite-writer-thread.ts", out: "sqlite-writer-thread" },
    ],
    outdir: SERVER_BUNDLE_DIR,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    tsconfig: "tsconfig.json",
  });
}

/** The files bundleServer writes; a build is complete only when all of them are there. */
export const SERVER_BUNDLE_FILES = [SERVER_BUNDLE, path.join(SERVER_BUNDLE_DIR, "sqlite-writer-thread.mjs")];
