import type { Caller } from "../auth/caller";
import type { Db } from "../db/client";
import { chinaDay } from "../time/china-time";
import { loadFindingForCaller } from "./finding-access";

export interface FindingAction {
  id: string;
  kind: string;
  description: string;
  owner: { code: string; name: string };
  ownerDetail: string;
  dueOn: string;
  progress: number;
  evidenceNotes: string;
  /** Past its due day and not finished. */
  overdue: boolean;
  updatedAt: string;
}

export interface FindingDetail {
  id: string;
  surveyId: string | null;
  campaignId: string | null;
  org: { code: string; name: string; kind: string };
  title: string;
  summary: string;
  theme: { code: string; name: string } | null;
  priority: string;
  status: string;
  statusReason: string | null;
  published: boolean;
  counts: Record<string, number>;
  evidence: { id: string; quote: string; question: string; school: string; audience: string }[];
  actions: FindingAction[];
  history: { at: string; actor: string; field: string; from: string | null; to: string | null; reason: string | null }[];
  createdAt: string;
  updatedAt: string;
}

export const isOverdue = (a: { dueOn: string; progress: number }, today = chinaDay(new Date())) => a.progress < 100 && a.dueOn < today;

/** A finding with its evidence, actions and history, for a caller who may see it. */
export async function getFinding(db: Db, caller: Caller, id: string): Promise<FindingDetail> {
  await loadFindingForCaller(db, caller, id, "view");
  return readFinding(db, id);
}

export async function readFinding(db: Db, id: string): Promise<FindingDetail> {
  const f = await db.finding.findUniqueOrThrow({
    where: { id },
    include: { theme: true, evidence: { orderBy: { position: "asc" } }, actions: { orderBy: { createdAt: "asc" } }, events: { orderBy: { id: "asc" } } },
  });
  const orgIds = [f.orgId, ...f.actions.map((a) => a.ownerOrgId), ...f.evidence.map((e) => e.schoolId)];
  const orgs = new Map((await db.orgUnit.findMany({ where: { id: { in: orgIds } }, select: { id: true, code: true, name: true, kind: true } })).map((o) => [o.id, o]));
  const org = orgs.get(f.orgId)!;
  const today = chinaDay(new Date());
  return {
    id: f.id,
    surveyId: f.surveyId,
    campaignId: f.campaignId,
    org: { code: org.code, name: org.name, kind: org.kind },
    title: f.title,
    summary: f.summary,
    theme: f.theme ? { code: f.theme.code, name: f.theme.name } : null,
    priority: f.priority,
    status: f.status,
    statusReason: f.statusReason,
    published: f.published,
    counts: (f.counts ?? {}) as Record<string, number>,
    evidence: f.evidence.map((e) => ({ id: e.id, quote: e.quote, question: e.question, school: orgs.get(e.schoolId)?.name ?? "", audience: e.audience })),
    actions: f.actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      description: a.description,
      owner: { code: orgs.get(a.ownerOrgId)?.code ?? "", name: orgs.get(a.ownerOrgId)?.name ?? "" },
      ownerDetail: a.ownerDetail,
      dueOn: a.dueOn,
      progress: a.progress,
      evidenceNotes: a.evidenceNotes,
      overdue: isOverdue(a, today),
      updatedAt: a.updatedAt.toISOString(),
    })),
    history: f.events.map((e) => ({ at: e.at.toISOString(), actor: e.actorEmail, field: e.field, from: e.fromValue, to: e.toValue, reason: e.reason })),
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}
