// `npm run db:migrate`: applies committed migrations to the database chosen by DATABASE_URL.
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { migrateDatabase } from "../lib/db/migrate";
import { env } from "../lib/env";

const target = resolveDatabaseUrl(env().DATABASE_URL);
const applied = await migrateDatabase(target);
console.log(applied.length === 0 ? `Database (${target.provider}) is up to date.` : `Applied ${applied.length} migration(s) to ${target.provider}: ${applied.join(", ")}`);
