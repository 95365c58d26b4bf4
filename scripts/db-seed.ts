// `npm run db:seed [-- --responses N]`: on an empty database seeds the demo city, campaign and
// questionnaires with N synthetic responses (default 3000); on a seeded one adds N responses.
import { parseArgs } from "node:util";
import { closeDatabase } from "../lib/db/client";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { migrateDatabase } from "../lib/db/migrate";
import { seedDemo } from "../lib/demo/seed-demo";
import { seedResponses } from "../lib/demo/seed-responses";
import { env } from "../lib/env";

const { values } = parseArgs({ options: { responses: { type: "string", default: "3000" } } });
const count = Number(values.responses);
if (!Number.isInteger(count) || count < 0) {
  console.error("--responses must be a non-negative whole number");
  process.exit(2);
}
await migrateDatabase(resolveDatabaseUrl(env().DATABASE_URL));
const started = Date.now();
const demo = await seedDemo({ responses: count });
const added = demo.seeded ? demo.responses : await seedResponses({ count });
const seconds = (Date.now() - started) / 1000;
console.log(
  `${demo.seeded ? `Seeded the demo city (${demo.schools} schools) and` : "Added"} ${added} synthetic responses in ${seconds.toFixed(1)} s` +
    ` (peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB).`,
);
await closeDatabase();
