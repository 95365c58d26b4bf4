// `npm run orgs:import -- FILE.csv`: imports districts and schools (all-or-nothing).
import { readFileSync } from "node:fs";
import { env } from "../lib/env";
import { importOrgs } from "../lib/orgs/import-orgs";
import { runDbCommand } from "./lib/run-db-command";

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
await runDbCommand(async () => {
  const s = await importOrgs(bytes, { cityName: env().WENCE_CITY_NAME });
  console.log(`Imported: ${s.districtsCreated} new districts, ${s.schoolsCreated} new schools, ${s.schoolsUpdated} updated, ${s.schoolsUnchanged} unchanged.`);
});
