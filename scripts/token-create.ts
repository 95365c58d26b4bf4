// `npm run token:create -- --email E [--name NAME]`: prints an API token with exactly that user's rights.
import { parseArgs } from "node:util";
import { createApiTokenForEmail } from "../lib/auth/create-api-token";
import { runDbCommand } from "./lib/run-db-command";

let values: { email?: string; name?: string };
try {
  ({ values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } }));
} catch (e) {
  console.error(`${(e as Error).message}\nusage: npm run token:create -- --email E [--name NAME]`);
  process.exit(2);
}
const { email, name } = values;
if (!email) {
  console.error("usage: npm run token:create -- --email E [--name NAME]");
  process.exit(2);
}
await runDbCommand(async () => {
  const token = await createApiTokenForEmail(email, name ?? "command line");
  // Only the token on stdout, so scripts can capture it: TOKEN=$(npm run -s token:create -- --email …)
  console.log(token.token);
});
