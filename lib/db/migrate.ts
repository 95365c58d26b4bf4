import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createAdapter } from "./create-adapter";
import type { DatabaseTarget } from "./database-url";
import { openSchemaEngine } from "./schema-engine";
import { migrationsDir, projectRoot, readSchema, type Provider } from "./schema-files";

const noFilters = { externalTables: [], externalEnums: [] };

export function listMigrations(provider: Provider, root = projectRoot): string[] {
  const dir = migrationsDir(provider, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** Applies the committed migrations that the database has not seen; returns their names. */
export async function migrateDatabase(target: DatabaseTarget, root = projectRoot): Promise<string[]> {
  const dir = migrationsDir(target.provider, root);
  const lockPath = path.join(dir, "migration_lock.toml");
  const { engine, close } = await openSchemaEngine("schema.prisma", readSchema(target.provider, root), createAdapter(target, { poolSize: 1 }));
  try {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: dir,
        lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
        shadowDbInitScript: "",
        migrationDirectories: listMigrations(target.provider, root).map((name) => ({
          path: name,
          migrationFile: {
            path: "migration.sql",
            content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
          },
        })),
      },
      filters: noFilters,
    });
    return result.appliedMigrationNames;
  } catch (e) {
    // The SQLite adapter reports a busy database as a "socket timeout" the engine cannot name.
    if (target.provider === "sqlite" && String(e).includes("SocketTimeout")) {
      throw new Error(`The SQLite database ${target.url} is in use by another process (is Wence running?). Stop it, then migrate.`, { cause: e });
    }
    throw e;
  } finally {
    await close();
  }
}

export { noFilters };
