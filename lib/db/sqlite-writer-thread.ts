// The body of the server's SQLite writer thread (decision 017): it owns the raw write connection,
// so the fsync of each group commit no longer stops the event loop that reads and validates the
// next submissions, and it prepares each submission of its group (scrubbing free text, hashing,
// tallies), work that would otherwise share the event loop with the requests. Started through
// sqlite-writer-thread.mjs by start-sqlite-writer-thread.ts.
import { parentPort, workerData } from "node:worker_threads";
import { prepareResponseWrite } from "../responses/prepare-response-write";
import type { QuestionInfo } from "../surveys/list-questions";
import type { GroupResult, ResponseSubmission, ResponseWrite } from "./response-write";
import { errorResult, openSqliteResponseStore } from "./sqlite-response-store";

export interface WriterRequest {
  id: number;
  submissions: ResponseSubmission[];
  /** The question lists of versions this thread has not been sent before (versions are immutable). */
  questions: Record<string, QuestionInfo[]>;
}

const store = openSqliteResponseStore((workerData as { url: string }).url);
const questionsOf = new Map<string, QuestionInfo[]>();

function writeGroup(request: WriterRequest): GroupResult[] {
  for (const [versionId, questions] of Object.entries(request.questions)) questionsOf.set(versionId, questions);
  const results: (GroupResult | undefined)[] = [];
  const writes: ResponseWrite[] = [];
  const at: number[] = [];
  request.submissions.forEach((s, k) => {
    try {
      const questions = questionsOf.get(s.versionId);
      if (!questions) throw new Error(`the writer thread has no questions for version ${s.versionId}`);
      writes.push(prepareResponseWrite(s, questions));
      at.push(k);
    } catch (e) {
      results[k] = errorResult(e);
    }
  });
  store.writeGroup(writes).forEach((r, j) => (results[at[j]!] = r));
  return results as GroupResult[];
}

parentPort!.on("message", (request: WriterRequest) => {
  parentPort!.postMessage({ id: request.id, results: writeGroup(request) });
});
parentPort!.postMessage({ ready: true });
