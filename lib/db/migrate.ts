import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createAdapter } from "./create-adapter";
import type { DatabaseTarget } from "./database-url";
import { openSchemaEngine } from "./schema-engine";
import { migrationsDir, readSchema, type Provider } from "./schema-files";

const noFilters = { externalTables: [], externalEnums: [] };

export function listMigrations(provider: Provider): string[] {
  const dir = migrationsDir(provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/** Applies the committed migrations that the database has not seen; returns their names. */
export async function migrateDatabase(target: DatabaseTarget): Promise<string[]> {
  const dir = migrationsDir(target.provider);
  const lockPath = path.join(dir, "migration_lock.toml");
  const { engine, close } = await openSchemaEngine("schema.prisma", readSchema(target.provider), createAdapter(target, { poolSize: 1 }));
  try {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: dir,
        lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
        shadowDbInitScript: "",
        migrationDirectories: listMigrations(target.provider).map((name) => ({
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
  } finally {
    await close();
  }
}

export { noFilters };
