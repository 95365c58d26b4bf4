// The production (and development) server: Next.js for every page and route, except the hot
// paths answered straight from node:http: POST /api/s/{code}/responses, by the same framework-free
// function the Next route handler calls (decision 008; Next's request path alone caps near 280
// requests/s on two cores), and the analytics summary and export, by their own App Router route
// handlers called as Next would call them (decision 019; Next's request path was most of a
// summary's time, and held an export's garbage).
import http from "node:http";
import next from "next";
import { runSqliteWritesOnThread } from "../lib/db/start-sqlite-writer-thread";
import { env } from "../lib/env";
import { isDecodablePath } from "../lib/http/decode-component";
import { readNodeBody } from "../lib/http/read-node-body";
import { BASE_SECURITY_HEADERS } from "../lib/http/security-headers";
import { scheduleMonthlyDigests } from "../lib/findings/schedule-monthly-digests";
import { configuredOrigin } from "../lib/http/public-origin";
import { startDeliveryLoop } from "../lib/mail/delivery-loop";
import { mailConfig } from "../lib/mail/mail-config";
import { startBounceReceiver } from "../lib/mail/start-bounce-receiver";
import { answerSubmission, MAX_SUBMISSION_BYTES } from "../lib/responses/answer-submission";
import { submissionCode } from "../lib/responses/submission-path";
import { answerWithRoute, type RouteHandler } from "../lib/http/answer-with-route";
import { GET as exportGet } from "../app/api/surveys/[id]/export/route";
import { GET as summaryGet } from "../app/api/surveys/[id]/summary/route";

const dev = process.argv.includes("--dev");
const { PORT: port, WENCE_TRUST_PROXY: trustedProxies, DATABASE_URL: databaseUrl, WENCE_BOUNCE_SMTP_PORT, WENCE_BOUNCE_SMTP_HOST, WENCE_BOUNCE_DOMAIN } = env();
// SQLite's fsync at each group commit would otherwise stop this event loop (decision 017).
const stopWriterThread = await runSqliteWritesOnThread(databaseUrl);
const app = next({ dev, port });
const handle = app.getRequestHandler();
await app.prepare();

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

// GET routes answered here, by path (no trailing slash: Next.js redirects those).
const ROUTES: { path: RegExp; handler: RouteHandler<{ id: string }> }[] = [
  { path: /^\/api\/surveys\/([^/]+)\/summary$/, handler: summaryGet },
  { path: /^\/api\/surveys\/([^/]+)\/export$/, handler: exportGet },
];

function routeOf(req: http.IncomingMessage) {
  if (req.method !== "GET") return undefined;
  const path = (req.url ?? "").split("?")[0]!;
  for (const route of ROUTES) {
    const match = route.path.exec(path);
    if (match) return { handler: route.handler, params: { id: decodeURIComponent(match[1]!) } };
  }
  return undefined;
}

/** The origin a route handler sees in request.url: the Host used (over HTTPS if a trusted proxy says so). */
function routeOrigin(req: http.IncomingMessage): string {
  const forwarded = trustedProxies > 0 ? header(req, "x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const origin = `${forwarded === "https" ? "https" : "http"}://${header(req, "host") ?? "localhost"}`;
  return URL.canParse(origin) ? origin : "http://localhost";
}

const server = http.createServer((req, res) => {
  // A path with a malformed escape names nothing here; Next.js would answer it with a 500.
  if (!isDecodablePath(req.url)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...BASE_SECURITY_HEADERS });
    res.end("Not Found");
    return;
  }
  const proto = trustedProxies > 0 ? (header(req, "x-forwarded-proto") ?? "http") : "http";
  const route = routeOf(req);
  if (route) {
    void answerWithRoute(req, res, routeOrigin(req), route.handler, route.params).catch(() => res.destroy());
    return;
  }
  const code = submissionCode(req.method, req.url);
  if (code === undefined) {
    void handle(req, res);
    return;
  }
  void answerSubmission({
    code,
    url: `${proto}://${header(req, "host") ?? "localhost"}${req.url}`,
    cookieHeader: header(req, "cookie"),
    forwardedFor: header(req, "x-forwarded-for"),
    socketAddress: req.socket.remoteAddress,
    readBody: () => readNodeBody(req, MAX_SUBMISSION_BYTES),
  }).then((answer) => {
    res.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...BASE_SECURITY_HEADERS, ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
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
