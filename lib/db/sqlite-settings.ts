/** How long a connection waits for SQLite's write lock; long enough for a bulk seed batch to commit. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * WAL pages after which a committing connection checkpoints (SQLite's default is 1,000). A group
 * commit of submissions dirties hundreds of pages (tallies, indexes), so at the default the
 * writer checkpointed every few groups, copying and fsyncing the database file each time, and the
 * same tally pages over and over; at 10,000 (~40 MB of WAL) ingest measured ~1.3× faster
 * (decision 017). Every write connection uses the same value: a connection left at the default
 * would run the big checkpoint itself on its next commit.
 */
export const SQLITE_WAL_AUTOCHECKPOINT_PAGES = 10_000;

/** The WAL file is truncated back to this size after a checkpoint resets it. */
export const SQLITE_JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/** The pragmas of every write connection: WAL, fsync at each commit (a 2xx means on disk), checkpoint spacing. */
export const SQLITE_WRITE_PRAGMAS = [
  "journal_mode = WAL",
  "synchronous = FULL",
  "foreign_keys = ON",
  `wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT_PAGES}`,
  `journal_size_limit = ${SQLITE_JOURNAL_SIZE_LIMIT_BYTES}`,
] as const;
