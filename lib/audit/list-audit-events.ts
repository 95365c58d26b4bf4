import { z } from "zod";
import { getDb } from "../db/client";
import type { Caller } from "../auth/caller";
import { AppError } from "../errors/app-error";

export const listAuditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The audit log, newest first, paged by id; city administrators only. */
export async function listAuditEvents(caller: Caller, query: z.infer<typeof listAuditQuerySchema>) {
  if (caller.role !== "city_admin") {
    throw new AppError("FORBIDDEN", "只有市级管理员可以查看操作日志 (city administrators only)", [{ field: "role", message: "city_admin required" }]);
  }
  const db = await getDb();
  const rows = await db.auditEvent.findMany({
    where: query.before ? { id: { lt: query.before } } : {},
    orderBy: { id: "desc" },
    take: query.limit,
  });
  return {
    events: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    next: rows.length === query.limit ? rows.at(-1)?.id : undefined,
  };
}
