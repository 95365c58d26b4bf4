import { Worker } from "node:worker_threads";
import { resolveDatabaseUrl } from "./database-url";
import type { QuestionInfo } from "../surveys/list-questions";
import { createGroupCommitter } from "./group-commit";
import type { GroupResult, ResponseSubmission } from "./response-write";
import type { WriterRequest } from "./sqlite-writer-thread";
import { setSqliteWriter, type SqliteWriter } from "./write-response";

export interface SqliteWriterThread extends SqliteWriter {
  /** Fails what is queued and refuses further writes. */
  fail(error: Error): void;
  close(): Promise<void>;
}

/**
 * Runs the SQLite response writes on their own thread (decision 017). The group commit stays on
 * the calling thread; the writer thread only executes one group at a time. A 2xx still follows
 * the commit: a write resolves only when the thread reports its group committed.
 */
export async function startSqliteWriterThread(url: string, onExit?: () => void): Promise<SqliteWriterThread> {
  const worker = new Worker(new URL("./sqlite-writer-thread.mjs", import.meta.url), { workerData: { url } });
  const waiting = new Map<number, { resolve(results: GroupResult[]): void; reject(e: unknown): void }>();
  let nextId = 0;
  let stopped = false;
  // Each version's question list crosses to the thread once; the thread keeps it.
  const sentVersions = new Set<string>();
  const committer = createGroupCommitter(
    (items: { s: ResponseSubmission; questions: QuestionInfo[] }[]) =>
      new Promise<GroupResult[]>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        const request: WriterRequest = { id, submissions: items.map((i) => i.s), questions: {} };
        for (const { s, questions } of items) if (!sentVersions.has(s.versionId)) request.questions[s.versionId] = questions;
        worker.postMessage(request);
        // Only once the message is posted: a version marked sent but never sent would fail every write of it.
        for (const versionId of Object.keys(request.questions)) sentVersions.add(versionId);
      }),
  );
  const failAll = (error: Error) => {
    committer.fail(error);
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  worker.on("message", (m: { id: number; results: GroupResult[] }) => {
    waiting.get(m.id)?.resolve(m.results);
    waiting.delete(m.id);
  });
  worker.on("error", (e) => failAll(e));
  worker.on("exit", () => {
    if (!stopped) failAll(new Error("the SQLite writer thread stopped"));
    onExit?.();
  });
  return {
    write: (s, questions) => committer.write({ s, questions }),
    fail: committer.fail,
    close: async () => {
      // Groups already handed to the thread finish (their callers get their answer); the rest are refused.
      committer.fail(new Error("the SQLite writer is closed"));
      await Promise.allSettled([...waiting.values()].map((w) => new Promise((resolve) => {
        const { resolve: done, reject } = w;
        w.resolve = (r) => { done(r); resolve(undefined); };
        w.reject = (e) => { reject(e); resolve(undefined); };
      })));
      stopped = true;
      await worker.terminate();
    },
  };
}

/**
 * For the production server: on SQLite, response writes go through a writer thread from now on
 * (no-op on PostgreSQL, whose server does the work off the event loop already). Returns how to stop it.
 */
export async function runSqliteWritesOnThread(databaseUrl: string): Promise<() => Promise<void>> {
  const target = resolveDatabaseUrl(databaseUrl);
  if (target.provider !== "sqlite") return async () => undefined;
  const thread = await startSqliteWriterThread(target.url, () => setSqliteWriter(target.url, undefined));
  setSqliteWriter(target.url, thread);
  return () => thread.close();
}
