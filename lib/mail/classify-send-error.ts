export interface SendFailure {
  /** The server refused this message for good (a 5xx reply to MAIL FROM, RCPT TO or DATA). */
  permanent: boolean;
  /** No SMTP conversation happened or the server failed as a whole: nothing else will get through either. */
  serverUnavailable: boolean;
  /** What to show an administrator: the SMTP reply when there is one. */
  reason: string;
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  message?: string;
}

// Failures of the connection or of our own credentials are the server's state, not the message's:
// retrying later can succeed, and a wrong password must not fail every queued mail for good.
const SERVER_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "EAUTH", "ENOAUTH", "EPROXY", "ECONNREFUSED", "ECONNRESET"]);

export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as NodemailerError;
  const serverUnavailable = e.responseCode === undefined || SERVER_CODES.has(e.code ?? "") || e.responseCode === 421;
  const permanent = !serverUnavailable && e.responseCode !== undefined && e.responseCode >= 500;
  const reply = e.response ? `${e.command ? `${e.command}: ` : ""}${e.response}` : undefined;
  const reason = (reply ?? `${e.code ? `${e.code}: ` : ""}${e.message ?? String(error)}`).slice(0, 1000);
  return { permanent, serverUnavailable, reason };
}
