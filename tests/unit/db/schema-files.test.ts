import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { listMigrations } from "../../../lib/db/migrate";
import { migrationsDir, projectRoot, readSchema, toPostgresSchema } from "../../../lib/db/schema-files";

const minimalSqlite = `generator client {
  provider = "prisma-client"
  output   = "../lib/db/generated/sqlite"
}

datasource db {
  provider = "sqlite"
}

model Thing {
  id String @id
}
`;

describe("toPostgresSchema", () => {
  it("swaps the provider and the client output, and marks the file as generated", () => {
    const pg = toPostgresSchema(minimalSqlite);
    expect(pg.split("\n")[0]).toMatch(/^\/\/ GENERATED .*Do not edit/);
    expect(pg).toMatch(/provider\s*=\s*"postgresql"/);
    expect(pg).toMatch(/output\s*=\s*"\.\.\/\.\.\/lib\/db\/generated\/postgres"/);
    expect(pg).not.toContain("sqlite");
    expect(pg).toContain('provider = "prisma-client"');
    expect(pg).toContain("model Thing {\n  id String @id\n}");
  });

  it("converts the real schema", () => {
    const pg = toPostgresSchema(readFileSync(path.join(projectRoot, "prisma/schema.prisma"), "utf8"));
    expect(pg).toMatch(/provider\s*=\s*"postgresql"/);
    expect(pg).not.toContain('"sqlite"');
    expect(pg).not.toContain("generated/sqlite");
  });

  it("refuses a schema whose provider is not sqlite", () => {
    expect(() => toPostgresSchema(minimalSqlite.replace('provider = "sqlite"', 'provider = "postgresql"'))).toThrow(/sqlite/);
    expect(() => toPostgresSchema(minimalSqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/sqlite/);
  });

  it("refuses a schema whose client output is elsewhere", () => {
    expect(() => toPostgresSchema(minimalSqlite.replace("../lib/db/generated/sqlite", "../generated"))).toThrow();
  });
});

describe("migrations are up to date with prisma/schema.prisma", () => {
  const advice = "prisma/schema.prisma was changed without a migration: run `npm run db:migration -- <name>` and commit the new folders";

  it.each(["sqlite", "postgresql"] as const)("%s: the newest migration's schema snapshot matches the schema", (provider) => {
    const newest = listMigrations(provider).at(-1);
    expect(newest, `no migration in prisma/migrations/${provider}: ${advice}`).toBeDefined();
    const snapshotPath = path.join(migrationsDir(provider), newest!, "schema.prisma");
    expect(existsSync(snapshotPath), `${snapshotPath} is missing: ${advice}`).toBe(true);
    expect(readFileSync(snapshotPath, "utf8"), `${provider} migration ${newest}: ${advice}`).toBe(readSchema(provider));
  });
});
