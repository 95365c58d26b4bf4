import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface LocalSmtp {
  /** What WENCE_SMTP_URL would be for this server. */
  url: string;
  /** Every mail accepted so far, parsed back. */
  mails: ParsedMail[];
  /** The envelope sender (MAIL FROM) of each mail, in the same order. */
  senders: string[];
  /** Closes the listener: connections are refused until start() again, on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 (STARTTLS off, no authentication) that keeps what it accepts.
 * `reject(address)` may return a "550 …"-style reply to refuse a recipient.
 */
export async function startLocalSmtp(options: { reject?: (address: string) => { code: number; message: string } | null; port?: number } = {}): Promise<LocalSmtp> {
  const mails: ParsedMail[] = [];
  const senders: string[] = [];
  let port = options.port ?? 0;
  let server: SMTPServer;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        closeTimeout: 200,
        onRcptTo(address, _session, callback) {
          const refusal = options.reject?.(address.address);
          if (!refusal) return callback();
          const error = new Error(refusal.message) as Error & { responseCode: number };
          error.responseCode = refusal.code;
          callback(error);
        },
        onData(stream, session, callback) {
          simpleParser(stream)
            .then((mail) => {
              mails.push(mail);
              senders.push(session.envelope.mailFrom ? session.envelope.mailFrom.address : "");
              callback();
            })
            .catch(callback);
        },
      });
      server.on("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    url: `smtp://127.0.0.1:${port}/?ignoreTLS=true`,
    mails,
    senders,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: listen,
  };
}
