import type { DbOrTx } from "../db/transaction";

/** The deployment's one city: the existing root, or a new one with the given name. */
export async function ensureCity(tx: DbOrTx, name: string): Promise<{ id: string; name: string }> {
  const existing = await tx.orgUnit.findFirst({ where: { kind: "city" }, select: { id: true, name: true } });
  if (existing) return existing;
  return tx.orgUnit.create({ data: { kind: "city", code: name, name }, select: { id: true, name: true } });
}
