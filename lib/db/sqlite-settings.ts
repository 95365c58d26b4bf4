/** How long a connection waits for SQLite's write lock; long enough for a bulk seed batch to commit. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;
