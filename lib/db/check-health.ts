import { database } from "./client";

/** Whether the database answers; for load balancers and the start script. */
export async function checkHealth(): Promise<{ ok: boolean; database: string }> {
  try {
    const { db, target } = await database();
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true, database: target.provider };
  } catch {
    return { ok: false, database: "unreachable" };
  }
}
