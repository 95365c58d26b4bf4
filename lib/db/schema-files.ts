import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const sourceSchemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const postgresSchemaPath = path.join(projectRoot, "prisma/postgres/schema.prisma");

export function migrationsDir(provider: Provider): string {
  return path.join(projectRoot, "prisma/migrations", provider);
}

/** The source schema with its provider and client output swapped for PostgreSQL. */
export function toPostgresSchema(source: string): string {
  const swapped = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/, 'output   = "../../lib/db/generated/postgres"');
  if (swapped.includes('"sqlite"') || !swapped.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma: expected provider \"sqlite\" and output \"../lib/db/generated/sqlite\"");
  }
  return `// GENERATED from prisma/schema.prisma by scripts/db-generate.ts. Do not edit.\n${swapped}`;
}

export function readSchema(provider: Provider): string {
  const source = readFileSync(sourceSchemaPath, "utf8");
  return provider === "sqlite" ? source : toPostgresSchema(source);
}

export function writePostgresSchema(): void {
  mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  writeFileSync(postgresSchemaPath, readSchema("postgresql"));
}
