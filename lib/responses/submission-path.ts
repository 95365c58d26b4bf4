import { decodeComponent } from "../http/decode-component";

const SUBMISSION = /^\/api\/s\/([^/?#]+)\/responses(?:\?[^#]*)?$/;

/**
 * The link code when `method` and `url` (path and query, as node:http gives them) are a
 * submission, POST /api/s/{code}/responses; otherwise undefined. Never throws, whatever the URL.
 */
export function submissionCode(method: string | undefined, url: string | undefined): string | undefined {
  if (method !== "POST") return undefined;
  const match = SUBMISSION.exec(url ?? "");
  return match ? decodeComponent(match[1]!) : undefined;
}
