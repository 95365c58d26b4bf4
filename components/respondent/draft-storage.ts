// What the respondent's device keeps while filling in and after submitting. Nothing of it leaves
// the device except the submission itself.
export interface Draft {
  submissionId: string;
  data: Record<string, unknown>;
  pageNo: number;
  /** Completed but not yet acknowledged by the server: resume sending on the next visit. */
  pending?: boolean;
}

const draftKey = (code: string) => `wence:draft:${code}`;
const submittedKey = (code: string) => `wence:submitted:${code}`;

function read<T>(key: string): T | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined; // storage disabled (private mode) or corrupted: start afresh
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: filling in still works, only resuming does not
  }
}

export const loadDraft = (code: string) => read<Draft>(draftKey(code));
export const saveDraft = (code: string, draft: Draft) => write(draftKey(code), draft);
export const loadSubmitted = (code: string) => read<Record<string, unknown>>(submittedKey(code));

export function markSubmitted(code: string, data: Record<string, unknown>): void {
  write(submittedKey(code), data);
  try {
    window.localStorage.removeItem(draftKey(code));
  } catch {
    // nothing to clear
  }
}

/** A v4 UUID also where crypto.randomUUID is missing (plain-HTTP pages in some in-app browsers). */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
