import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { createAdapter } from "./create-adapter";
import { listMigrations, noFilters } from "./migrate";
import { openSchemaEngine } from "./schema-engine";
import { migrationsDir, projectRoot, readSchema, type Provider } from "./schema-files";

// Each migration folder keeps a snapshot of the schema it leads to, so the next migration is a
// pure schema-to-schema diff: no shadow database, no server needed to write a PostgreSQL migration.
const SNAPSHOT = "schema.prisma";

/** The engine connects even for a datamodel diff; PostgreSQL's is made against `postgresUrl` but reads nothing. */
async function diffSql(provider: Provider, from: string | null, to: string, postgresUrl: string): Promise<string> {
  const target = provider === "sqlite" ? { provider, url: "file::memory:" } : { provider, url: postgresUrl };
  const { engine, close } = await openSchemaEngine(SNAPSHOT, to, createAdapter(target, { poolSize: 1 }));
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SNAPSHOT, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: SNAPSHOT, content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  } finally {
    await close();
  }
}

function isEmptyScript(sql: string): boolean {
  return sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--"));
}

/** Writes `<timestamp>_<name>` for both providers; returns the folders written (none if unchanged). */
export async function createMigration(name: string, postgresUrl: string, options: { now?: Date; root?: string } = {}): Promise<string[]> {
  const { now = new Date(), root = projectRoot } = options;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: use lower-case letters, digits and _");
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  // Diff both providers before writing anything, so a failure leaves no half-made migration.
  const pending: { provider: Provider; sql: string; schema: string }[] = [];
  for (const provider of ["sqlite", "postgresql"] as const) {
    const previous = listMigrations(provider, root).at(-1);
    const from = previous ? readFileSync(path.join(migrationsDir(provider, root), previous, SNAPSHOT), "utf8") : null;
    const schema = readSchema(provider, root);
    const sql = await diffSql(provider, from, schema, postgresUrl);
    if (!isEmptyScript(sql)) pending.push({ provider, sql, schema });
    // A change with no SQL (a doc comment) refreshes the last snapshot, so the drift check agrees.
    else if (previous && from !== schema) writeFileSync(path.join(migrationsDir(provider, root), previous, SNAPSHOT), schema);
  }
  return pending.map(({ provider, sql, schema }) => {
    const dir = migrationsDir(provider, root);
    const folder = path.join(dir, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    writeFileSync(path.join(folder, SNAPSHOT), schema);
    const lock = path.join(dir, "migration_lock.toml");
    if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
    return folder;
  });
}
