import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";
import { outboxIdFromBounceAddress } from "./bounce-address";
import { parseDeliveryReport } from "./parse-delivery-report";
import { recordBounce } from "./record-bounce";

export interface BounceReceiverOptions {
  host: string;
  /** 0 for any free port. */
  port: number;
  /** The domain of the bounce addresses (WENCE_BOUNCE_DOMAIN). */
  domain: string;
  onError?: (error: unknown) => void;
}

export interface BounceReceiver {
  port: number;
  stop(): Promise<void>;
}

// Reports quote the original message; ours are small, so anything larger is not a report of ours.
const MAX_BYTES = 1_000_000;

const refusal = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * An SMTP listener for delivery reports mailed back to bounce addresses. Only recipients that are
 * bounce addresses with a valid HMAC are accepted (550 otherwise), so nobody can report a bounce
 * for a message they have not received the envelope of. Accepted mail that is not a permanent-
 * failure report (auto-replies, delays) is taken and dropped.
 */
export function startBounceReceiver(options: BounceReceiverOptions): Promise<BounceReceiver> {
  const onError = options.onError ?? ((e: unknown) => console.error("[mail] bounce receiver", e));
  const server = new SMTPServer({
    name: options.domain,
    banner: "Wence bounce receiver",
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    size: MAX_BYTES,
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      outboxIdFromBounceAddress(address.address, options.domain)
        .then((id) => callback(id ? undefined : refusal(550, "5.1.1 No such bounce address")))
        .catch((e: unknown) => {
          onError(e);
          callback(refusal(451, "4.3.0 Temporary failure, try again later"));
        });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) return callback(refusal(552, "5.3.4 Message too big"));
        const reports = parseDeliveryReport(Buffer.concat(chunks).toString("utf8"));
        const record = async (address: string) => {
          const id = await outboxIdFromBounceAddress(address, options.domain);
          if (id) await recordBounce(id, reports);
        };
        Promise.all(session.envelope.rcptTo.map((r) => record(r.address)))
          .then(() => callback())
          .catch((e: unknown) => {
            onError(e);
            callback(refusal(451, "4.3.0 Temporary failure, try again later"));
          });
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      server.on("error", onError);
      resolve({
        port: (server.server.address() as AddressInfo).port,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
