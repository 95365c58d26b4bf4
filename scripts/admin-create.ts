// `npm run admin:create -- --email E --password P --role R [--org CODE]`: the first administrator,
// or any user, from the command line.
import { parseArgs } from "node:util";
import { createUser } from "../lib/users/create-user";

const usage =
  "usage: npm run admin:create -- --email E --password P --role city_admin|district_admin|school_admin|analyst [--org CODE]\n" +
  "  CODE: a school code or a district name (the city for city_admin, which is the default)";
import { runDbCommand } from "./lib/run-db-command";

let values: { email?: string; password?: string; role?: string; org?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, org: { type: "string" }, name: { type: "string" } } }));
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
const { email, password, role, org, name } = values;
if (!email || !password || !role) {
  console.error(usage);
  process.exit(2);
}
await runDbCommand(async () => {
  // The role is checked by createUser's schema, which names the field when it is wrong.
  const user = await createUser({ email, password, role: role as "analyst", org, name });
  console.log(`Created ${user.email} (${user.role}).`);
});
