// `npm run orgs:import -- FILE.csv`: imports districts and schools (all-or-nothing).
import { readFileSync } from "node:fs";
import { closeDatabase } from "../lib/db/client";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { migrateDatabase } from "../lib/db/migrate";
import { env } from "../lib/env";
import { isAppError } from "../lib/errors/app-error";
import { importOrgs } from "../lib/orgs/import-orgs";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run orgs:import -- FILE.csv   (header: district,school_code,school_name,stage,staff,students,parents)");
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (e) {
  console.error(`Cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
await migrateDatabase(resolveDatabaseUrl(env().DATABASE_URL));
try {
  const s = await importOrgs(bytes, { cityName: env().WENCE_CITY_NAME });
  console.log(`Imported: ${s.districtsCreated} new districts, ${s.schoolsCreated} new schools, ${s.schoolsUpdated} updated, ${s.schoolsUnchanged} unchanged.`);
} catch (e) {
  if (!isAppError(e)) throw e;
  console.error(e.message);
  for (const issue of e.issues) console.error(`  ${issue.line ? `line ${issue.line}, ` : ""}${issue.field}: ${issue.message}`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
