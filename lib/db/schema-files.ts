import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

// `root` lets tests work on a copy of prisma/ without touching the project's own files.
export function migrationsDir(provider: Provider, root = projectRoot): string {
  return path.join(root, "prisma/migrations", provider);
}

/** The source schema with its provider and client output swapped for PostgreSQL. */
export function toPostgresSchema(source: string): string {
  const provider = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"([^"]+)"/.exec(source)?.[1];
  const output = /output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/;
  if (provider !== "sqlite" || !output.test(source)) {
    throw new Error('prisma/schema.prisma: expected provider "sqlite" and output "../lib/db/generated/sqlite"');
  }
  const swapped = source
    .replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(output, 'output   = "../../lib/db/generated/postgres"');
  return `// GENERATED from prisma/schema.prisma by scripts/db-generate.ts. Do not edit.\n${swapped}`;
}

export function readSchema(provider: Provider, root = projectRoot): string {
  const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  return provider === "sqlite" ? source : toPostgresSchema(source);
}

export function writePostgresSchema(root = projectRoot): void {
  const target = path.join(root, "prisma/postgres/schema.prisma");
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, readSchema("postgresql", root));
}
