import type { Db } from "./client";

/** The client handed to an interactive transaction's callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either the client or a transaction: for functions that work inside or outside one. */
export type DbOrTx = Db | Tx;
