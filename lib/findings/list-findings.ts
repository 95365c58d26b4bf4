import type { Caller } from "../auth/caller";
import { schoolIdsInScope } from "../auth/org-scope";
import type { Db } from "../db/client";
import { chinaDay } from "../time/china-time";
import { FINDING_STATUSES, type FindingStatus } from "./finding-status";
import { isOverdue } from "./get-finding";

export interface FindingRow {
  id: string;
  title: string;
  org: { code: string; name: string; kind: string };
  theme: string | null;
  priority: string;
  status: string;
  published: boolean;
  actions: number;
  overdueActions: number;
  /** The earliest due day of an unfinished action. */
  nextDueOn: string | null;
  updatedAt: string;
}

export interface FindingList {
  byStatus: Record<FindingStatus, number>;
  overdueActions: number;
  findings: FindingRow[];
}

/** Ids of the caller's unit and every unit below it. */
export async function unitIdsInScope(caller: Pick<Caller, "orgId" | "orgKind">): Promise<string[] | null> {
  if (caller.orgKind === "city") return null;
  const districts = caller.orgKind === "district" ? [caller.orgId] : [];
  return [...districts, ...(await schoolIdsInScope(caller))];
}

/**
 * The supervision list: findings of the caller's unit and below, and those whose actions a unit in
 * scope owns; those with overdue actions first, then by status along the workflow, then newest.
 */
export async function listFindings(db: Db, caller: Caller, filter: { status?: FindingStatus; campaignId?: string } = {}): Promise<FindingList> {
  const ids = await unitIdsInScope(caller);
  const scope = ids === null ? {} : { OR: [{ orgId: { in: ids } }, { actions: { some: { ownerOrgId: { in: ids } } } }] };
  const rows = await db.finding.findMany({
    where: { ...scope, ...(filter.campaignId ? { campaignId: filter.campaignId } : {}) },
    include: { theme: { select: { name: true } }, actions: { select: { dueOn: true, progress: true } } },
    orderBy: { updatedAt: "desc" },
    take: 5_000,
  });
  const orgs = new Map((await db.orgUnit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.orgId))] } }, select: { id: true, code: true, name: true, kind: true } })).map((o) => [o.id, o]));
  const today = chinaDay(new Date());
  const byStatus = Object.fromEntries(FINDING_STATUSES.map((s) => [s, 0])) as Record<FindingStatus, number>;
  let overdueActions = 0;
  const findings: FindingRow[] = [];
  for (const r of rows) {
    byStatus[r.status as FindingStatus] = (byStatus[r.status as FindingStatus] ?? 0) + 1;
    const overdue = r.actions.filter((a) => isOverdue(a, today)).length;
    overdueActions += overdue;
    if (filter.status && r.status !== filter.status) continue;
    const open = r.actions.filter((a) => a.progress < 100).map((a) => a.dueOn).sort();
    const org = orgs.get(r.orgId)!;
    findings.push({
      id: r.id,
      title: r.title,
      org: { code: org.code, name: org.name, kind: org.kind },
      theme: r.theme?.name ?? null,
      priority: r.priority,
      status: r.status,
      published: r.published,
      actions: r.actions.length,
      overdueActions: overdue,
      nextDueOn: open[0] ?? null,
      updatedAt: r.updatedAt.toISOString(),
    });
  }
  const order = (s: string) => FINDING_STATUSES.indexOf(s as FindingStatus);
  findings.sort((a, b) => Number(b.overdueActions > 0) - Number(a.overdueActions > 0) || order(a.status) - order(b.status) || b.updatedAt.localeCompare(a.updatedAt));
  return { byStatus, overdueActions, findings };
}
