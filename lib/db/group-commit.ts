import type { GroupResult, WriteResult } from "./response-write";

export interface GroupCommitter<T> {
  write(item: T): Promise<WriteResult>;
  /** Fails what is queued and refuses further writes. */
  fail(error: Error): void;
}

interface Pending<T> {
  item: T;
  resolve(result: WriteResult): void;
  reject(error: unknown): void;
}

const MAX_GROUP = 256;

function toError(e: { message: string; code?: string }): Error {
  return Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
}

/**
 * Group commit: submissions that arrive while a group is being written wait and go together in
 * the next transaction (one fsync, their tallies merged); each is acknowledged only after its
 * group's commit. One group is written at a time: SQLite has one writer anyway.
 */
export function createGroupCommitter<T>(writeGroup: (items: T[]) => Promise<GroupResult[]>): GroupCommitter<T> {
  let queue: Pending<T>[] = [];
  let busy = false;
  let failed: Error | undefined;

  const flush = async (): Promise<void> => {
    const items = queue.slice(0, MAX_GROUP);
    queue = queue.slice(MAX_GROUP);
    try {
      const results = await writeGroup(items.map((i) => i.item));
      items.forEach((item, k) => {
        const result = results[k];
        if (result && "outcome" in result) item.resolve(result);
        else item.reject(toError(result?.error ?? { message: "the writer returned no result" }));
      });
    } catch (e) {
      for (const item of items) item.reject(e);
    }
    if (queue.length > 0) setImmediate(() => void flush());
    else busy = false;
  };

  return {
    write: (item) =>
      new Promise<WriteResult>((resolve, reject) => {
        if (failed) return reject(failed);
        queue.push({ item, resolve, reject });
        if (!busy) {
          busy = true;
          // Let the requests already read in this turn of the event loop join the group.
          setImmediate(() => void flush());
        }
      }),
    fail: (error) => {
      failed = error;
      const pending = queue;
      queue = [];
      for (const item of pending) item.reject(error);
    },
  };
}
