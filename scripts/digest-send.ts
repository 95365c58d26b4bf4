// `npm run digest:send`: queues this month's digest of open actions to each owner unit's
// administrators (what the server's hourly check does), then delivers the outbox once when
// WENCE_SMTP_URL is set. Running it again in the same month mails nobody twice.
import { getDb } from "../lib/db/client";
import { enqueueMonthlyDigests } from "../lib/findings/enqueue-monthly-digests";
import { configuredOrigin } from "../lib/http/public-origin";
import { createMailTransport } from "../lib/mail/create-transport";
import { deliverOutbox } from "../lib/mail/deliver-outbox";
import { mailConfig } from "../lib/mail/mail-config";
import { runDbCommand } from "./lib/run-db-command";

await runDbCommand(async () => {
  const run = await enqueueMonthlyDigests(await getDb(), { now: new Date(), origin: configuredOrigin("http://localhost:3000") });
  console.log(`${run.month}: ${run.units} units own open actions; ${run.queued} digests queued, ${run.alreadySent} already queued this month.`);
  for (const u of run.withoutRecipient) console.log(`  no administrator to write to: ${u.name} (${u.code})`);
  const mail = mailConfig();
  if (!mail) return console.log("WENCE_SMTP_URL is not set: the digests wait in the outbox.");
  const transport = createMailTransport(mail.smtpUrl);
  try {
    const result = await deliverOutbox({ transport, from: mail.from });
    console.log(`Delivered: ${JSON.stringify(result)}`);
  } finally {
    transport.close();
  }
});
