/** Whether Prisma refused a write because of a unique constraint (a concurrent writer got there first). */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
