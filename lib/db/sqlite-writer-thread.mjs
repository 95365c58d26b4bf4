// Entry of the SQLite writer thread: a worker does not inherit the parent's TypeScript loader.
import { register } from "tsx/esm/api";

register();
await import("./sqlite-writer-thread.ts");
