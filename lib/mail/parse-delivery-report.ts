export interface RecipientReport {
  finalRecipient: string;
  /** failed | delayed | delivered | relayed | expanded (RFC 3464 §2.3.3), lower-cased. */
  action: string;
  /** The enhanced status code, e.g. 5.1.1. */
  status: string;
  diagnostic: string;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

const MAX_DEPTH = 5;

function splitPart(text: string): Part {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  return { headers: parseFields(head), body: end ? text.slice(end.index + end[0].length) : "" };
}

/** Header fields, folded lines joined, names lower-cased; the first occurrence of a name wins. */
function parseFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

function contentType(part: Part): { type: string; params: Map<string, string> } {
  const [type = "text/plain", ...rest] = (part.headers.get("content-type") ?? "text/plain").split(";");
  const params = new Map<string, string>();
  for (const p of rest) {
    const eq = p.indexOf("=");
    if (eq > 0) params.set(p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1"));
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodedBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    return Buffer.from(part.body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
  }
  return part.body;
}

function children(part: Part, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const pieces = part.body.split(new RegExp(`\\r?\\n?${delimiter.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:--)?[ \\t]*\\r?\\n?`));
  // The preamble before the first delimiter and the epilogue after the last are not parts.
  return pieces.slice(1, -1).map(splitPart);
}

/** The delivery-status part of a multipart/report, however deeply the report is nested. */
function findStatus(part: Part, depth: number): string | null {
  const { type, params } = contentType(part);
  const boundary = params.get("boundary");
  if (!type.startsWith("multipart/") || !boundary || depth > MAX_DEPTH) return null;
  for (const child of children(part, boundary)) {
    const childType = contentType(child).type;
    if (type === "multipart/report" && (childType === "message/delivery-status" || childType === "message/global-delivery-status")) return decodedBody(child);
    const nested = findStatus(child, depth + 1);
    if (nested !== null) return nested;
  }
  return null;
}

/**
 * The per-recipient fields of an RFC 3464 delivery status notification (a multipart/report with a
 * message/delivery-status part), or null when the message is not one — an auto-reply, say.
 */
export function parseDeliveryReport(raw: string): RecipientReport[] | null {
  const status = findStatus(splitPart(raw), 0);
  if (status === null) return null;
  // The first group describes the message (it has no Action), every later one a recipient.
  const groups = status.split(/\r?\n[ \t]*\r?\n/).map((g) => parseFields(g.trim()));
  return groups
    .filter((g) => g.has("action"))
    .map((g) => ({
      finalRecipient: (g.get("final-recipient") ?? "").replace(/^[^;]*;\s*/, ""),
      action: (g.get("action") ?? "").toLowerCase(),
      status: (/\d\.\d{1,3}\.\d{1,3}/.exec(g.get("status") ?? "")?.[0] ?? ""),
      diagnostic: (g.get("diagnostic-code") ?? "").replace(/^[^;]*;\s*/, "").slice(0, 500),
    }));
}

/** Permanent failure: Action failed with a 5.x.x status. Delays (4.x.x) and successes are not bounces. */
export function isPermanentFailure(r: RecipientReport): boolean {
  return r.action === "failed" && r.status.startsWith("5.");
}
