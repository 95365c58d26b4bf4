// The body of the server's SQLite writer thread (decision 017): it owns the raw write connection,
// so the fsync of each group commit no longer stops the event loop that reads and validates the
// next submissions. Started through sqlite-writer-thread.mjs by start-sqlite-writer-thread.ts.
import { parentPort, workerData } from "node:worker_threads";
import type { ResponseWrite } from "./response-write";
import { openSqliteResponseStore } from "./sqlite-response-store";

export interface WriterRequest {
  id: number;
  writes: ResponseWrite[];
}

const store = openSqliteResponseStore((workerData as { url: string }).url);
parentPort!.on("message", (request: WriterRequest) => {
  parentPort!.postMessage({ id: request.id, results: store.writeGroup(request.writes) });
});
parentPort!.postMessage({ ready: true });
