import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Provider } from "./schema-files";

export interface DatabaseTarget {
  provider: Provider;
  /** For SQLite an absolute `file:` URL; for PostgreSQL the URL as given. */
  url: string;
}

/** `file:…` (relative to the working directory) → SQLite; `postgres://…` → PostgreSQL. */
export function resolveDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    return { provider: "postgresql", url };
  }
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with file: or postgres:// (got "${url.slice(0, 20)}…")`);
  }
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  if (file === ":memory:") return { provider: "sqlite", url: "file::memory:" };
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  return { provider: "sqlite", url: `file:${absolute}` };
}
