import { createAdapter } from "./create-adapter";
import type { DatabaseTarget } from "./database-url";
import { noFilters } from "./migrate";
import { openSchemaEngine } from "./schema-engine";
import { readSchema } from "./schema-files";

/**
 * The SQL that would bring the live database to the current schema: empty when migrations and
 * schema agree. Used by tests and by `npm run db:migrate -- --check`.
 */
export async function diffDatabase(target: DatabaseTarget): Promise<string> {
  const schema = readSchema(target.provider);
  const files = [{ path: "schema.prisma", content: schema }];
  const { engine, close } = await openSchemaEngine("schema.prisma", schema, createAdapter(target, { poolSize: 1 }));
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? "";
    return sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--")) ? "" : sql;
  } finally {
    await close();
  }
}
