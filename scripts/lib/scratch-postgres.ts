import pg from "pg";
import { freePort } from "./free-port";

export interface ScratchPostgres {
  /** URL of a server that accepts connections (an admin database on it). */
  url: string;
  embedded: boolean;
  /** Pool size the server tolerates (PGlite serves one connection at a time). */
  poolSize: number;
  stop(): Promise<void>;
}

export const DEFAULT_PG_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** Whether a PostgreSQL server answers at `url`. */
export async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}


/**
 * A PostgreSQL server for tooling and tests: the one at `url` when it answers, otherwise (unless
 * `requireReal`) an embedded PGlite served on a free loopback port.
 */
export async function scratchPostgres(url = DEFAULT_PG_URL, options: { requireReal?: boolean } = {}): Promise<ScratchPostgres> {
  if (await reachable(url)) return { url, embedded: false, poolSize: 5, stop: async () => {} };
  if (options.requireReal) throw new Error(`PostgreSQL is not reachable at ${url}`);
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const port = await freePort();
  // Several clients may connect (the app pool and the bulk writer); PGlite queues their queries.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 8 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    embedded: true,
    poolSize: 1,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
