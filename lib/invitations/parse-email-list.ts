import { z } from "zod";
import { AppError, type FieldIssue } from "../errors/app-error";

export const MAX_INVITEES = 5000;

const address = z.email();

export interface EmailList {
  /** Lower-cased, in the order given, each once. */
  emails: string[];
  duplicatesRemoved: number;
}

/** Quotes, angle brackets (Name <a@b>) and mailto: around an address, as pasted from mail clients and spreadsheets. */
function unwrap(token: string): string {
  return token.replace(/^["'“”‘’<(\[]+|["'“”‘’>)\].]+$/g, "").replace(/^mailto:/i, "").toLowerCase();
}

function check(raw: string, field: string, line: number, issues: FieldIssue[]): string | undefined {
  const email = unwrap(raw);
  if (email.length <= 254 && address.safeParse(email).success) return email;
  issues.push({ field, line, message: `第 ${line} 行：“${raw.slice(0, 80)}” 不是有效的邮箱地址 (not a valid e-mail address)` });
  return undefined;
}

/**
 * Addresses from a JSON list (one address per item) or from pasted text / CSV: every token with an
 * "@" on a line is an address; other cells (names, departments) are ignored, and a first line with
 * no address is taken as a header. Anything invalid is named by its line and nothing is accepted.
 */
export function parseEmailList(input: { emails?: string[] | undefined; csv?: string | undefined }): EmailList {
  const issues: FieldIssue[] = [];
  const found: string[] = [];
  if (input.emails) {
    input.emails.forEach((raw, i) => {
      const email = check(raw.trim(), "emails", i + 1, issues);
      if (email) found.push(email);
    });
  }
  if (input.csv !== undefined) {
    input.csv.split(/\r\n|\n|\r/).forEach((text, i) => {
      const line = i + 1;
      const tokens = text.split(/[,;，；、\s]+/).filter((t) => t !== "");
      const candidates = tokens.filter((t) => t.includes("@"));
      if (candidates.length === 0) {
        if (tokens.length > 0 && line > 1) issues.push({ field: "csv", line, message: `第 ${line} 行没有邮箱地址 (no e-mail address on this line)` });
        return;
      }
      for (const raw of candidates) {
        const email = check(raw, "csv", line, issues);
        if (email) found.push(email);
      }
    });
  }
  if (issues.length > 0) {
    throw new AppError("VALIDATION", `${issues.length} 处地址有误，未发送任何邀请 (${issues.length} invalid; nothing was sent)`, issues.slice(0, 100));
  }
  const emails = [...new Set(found)];
  if (emails.length === 0) throw new AppError("VALIDATION", "没有邮箱地址 (no e-mail addresses given)", [{ field: input.csv !== undefined ? "csv" : "emails", message: "empty" }]);
  if (emails.length > MAX_INVITEES) {
    throw new AppError("VALIDATION", `一次最多邀请 ${MAX_INVITEES} 个地址 (at most ${MAX_INVITEES} addresses at a time)`, [{ field: "emails", message: "too many" }]);
  }
  return { emails, duplicatesRemoved: found.length - emails.length };
}
