import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's CLI downloads a native schema engine at run time, which is impossible offline; the
// same engine ships on npm as WebAssembly. Its API is internal, so the version is pinned exactly
// in package.json and this module is the only place that touches it (docs/decisions/003).

// Kept on globalThis: the wasm glue module is one per process, but this module can be loaded
// more than once (test runners give each suite its own module graph). A second instantiation
// would swap the memory under engines already running.
const state = globalThis as unknown as { wenceSchemaEngine?: { initialised: boolean; queue: Promise<void> } };
state.wenceSchemaEngine ??= { initialised: false, queue: Promise.resolve() };
const shared = state.wenceSchemaEngine;

/** Where the engine writes a Rust panic's message before it throws (the CLI installs the same). */
const panicRegistry = {
  message: "",
  set_message(message: string) {
    this.message = `RuntimeError: ${message}`;
  },
};

function initWasm(): void {
  if (shared.initialised) return;
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  const require = createRequire(import.meta.url);
  // The package exports no path for its .wasm file: resolve it beside the JS glue.
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  shared.initialised = true;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (it would otherwise keep SQLite locked). */
  close(): Promise<void>;
}

/** Engines are handed out one at a time: they share one wasm instance and its memory. */
function acquire(): Promise<() => void> {
  let release!: () => void;
  const next = new Promise<void>((resolve) => (release = resolve));
  const ready = shared.queue.then(() => release);
  shared.queue = shared.queue.then(() => next);
  return ready;
}

export async function openSchemaEngine(
  schemaPath: string,
  schema: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<OpenSchemaEngine> {
  const release = await acquire();
  try {
    return await startEngine(schemaPath, schema, factory, release);
  } catch (e) {
    release();
    throw e;
  }
}

async function startEngine(
  schemaPath: string,
  schema: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
  release: () => void,
): Promise<OpenSchemaEngine> {
  initWasm();
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const log = (): void => {};
  const engine = (await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracking),
  )) as SchemaEngine;
  return {
    engine,
    close: async () => {
      try {
        engine.free();
        await Promise.all(opened.map((a) => a.dispose()));
      } finally {
        release();
      }
    },
  };
}
