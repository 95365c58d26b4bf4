import { closeDatabase } from "../../lib/db/client";
import { resolveDatabaseUrl } from "../../lib/db/database-url";
import { migrateDatabase } from "../../lib/db/migrate";
import { env } from "../../lib/env";
import { isAppError } from "../../lib/errors/app-error";

/**
 * A command-line task on the configured database: migrated first, an expected failure printed with
 * the fields it names and exit code 1, the database closed in every case.
 */
export async function runDbCommand(task: () => Promise<void>): Promise<void> {
  await migrateDatabase(resolveDatabaseUrl(env().DATABASE_URL));
  try {
    await task();
  } catch (e) {
    if (!isAppError(e)) throw e;
    console.error(e.message);
    for (const issue of e.issues) console.error(`  ${issue.line ? `line ${issue.line}, ` : ""}${issue.field}: ${issue.message}`);
    process.exitCode = 1;
  } finally {
    await closeDatabase();
  }
}
