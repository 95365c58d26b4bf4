// The production (and development) server: Next.js for every page and route, except the hot
// paths answered straight from node:http (scripts/lib/answer-fast-path.ts): submissions, the
// analytics summary and the export, each by the same function or handler Next.js would call.
import http from "node:http";
import next from "next";
import { runSqliteWritesOnThread } from "../lib/db/start-sqlite-writer-thread";
import { env } from "../lib/env";
import { isDecodablePath } from "../lib/http/decode-component";
import { BASE_SECURITY_HEADERS } from "../lib/http/security-headers";
import { scheduleMonthlyDigests } from "../lib/findings/schedule-monthly-digests";
import { configuredOrigin } from "../lib/http/public-origin";
import { startDeliveryLoop } from "../lib/mail/delivery-loop";
import { mailConfig } from "../lib/mail/mail-config";
import { startBounceReceiver } from "../lib/mail/start-bounce-receiver";
import { answerFastPath } from "./lib/answer-fast-path";

const dev = process.argv.includes("--dev");
const { PORT: port, WENCE_TRUST_PROXY: trustedProxies, DATABASE_URL: databaseUrl, WENCE_BOUNCE_SMTP_PORT, WENCE_BOUNCE_SMTP_HOST, WENCE_BOUNCE_DOMAIN } = env();
// SQLite's fsync at each group commit would otherwise stop this event loop (decision 017).
const stopWriterThread = await runSqliteWritesOnThread(databaseUrl);
const app = next({ dev, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  // A path with a malformed escape names nothing here; Next.js would answer it with a 500.
  if (!isDecodablePath(req.url)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...BASE_SECURITY_HEADERS });
    res.end("Not Found");
    return;
  }
  if (!answerFastPath(req, res, trustedProxies)) void handle(req, res);
});
server.listen(port, () => console.log(`▲ Wence ${dev ? "development" : "production"} server on http://localhost:${port}`));

// The mail outbox is delivered from this process (decision 013). Several processes may run it:
// leases keep them from sending one message twice.
const mail = mailConfig();
const delivery = mail ? startDeliveryLoop({ config: mail }) : undefined;
// Beside it, once an hour: queue this month's digest of open actions to each owner unit (issue 7).
const digests = mail ? scheduleMonthlyDigests({ origin: configuredOrigin(`http://localhost:${port}`) }) : undefined;
if (!mail) console.log("WENCE_SMTP_URL is not set: invitation and reminder mails wait in the outbox until it is.");
// Delivery reports mailed back later to the VERP bounce addresses (lib/mail/bounce-address.ts).
const bounces =
  WENCE_BOUNCE_SMTP_PORT && WENCE_BOUNCE_DOMAIN ? await startBounceReceiver({ host: WENCE_BOUNCE_SMTP_HOST, port: WENCE_BOUNCE_SMTP_PORT, domain: WENCE_BOUNCE_DOMAIN }) : undefined;
if (bounces) console.log(`Bounce receiver (SMTP) on ${WENCE_BOUNCE_SMTP_HOST}:${bounces.port} for @${WENCE_BOUNCE_DOMAIN}`);

// Stop taking requests, let those under way finish (each response is one transaction), let the
// mail being sent finish (a send cut off here is retried when its lease expires), then exit.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    digests?.stop();
    void Promise.all([closed.then(stopWriterThread), delivery?.stop(), bounces?.stop()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
