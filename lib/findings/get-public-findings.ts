import type { Db } from "../db/client";
import { chinaDay } from "../time/china-time";
import { PUBLIC_STATUSES } from "./finding-status";
import { isOverdue } from "./get-finding";

export interface PublicFinding {
  id: string;
  title: string;
  summary: string;
  theme: string | null;
  org: string;
  status: string;
  statusReason: string | null;
  quotes: string[];
  actions: { kind: string; description: string; owner: string; dueOn: string; progress: number; overdue: boolean }[];
  updatedAt: string;
}

export interface PublicFindings {
  campaign: { id: string; title: string };
  school: { code: string; name: string } | null;
  findings: PublicFinding[];
}

const unitKey = (e: { surveyId: string; schoolId: string; audience: string; question: string }) => [e.surveyId, e.schoolId, e.audience, e.question].join("\u0000");

/**
 * The 「你提我办」 page of a campaign, or of one school in it: published findings past 待梳理, their
 * actions and status, and quotes that are scrubbed copies. A quote is shown only if its group still
 * has at least the survey's free-text minimum of answers to that question (the minimum may have
 * been raised since); nothing else of an answer appears. Null when the campaign or school is unknown.
 */
export async function getPublicFindings(db: Db, campaignId: string, schoolCode?: string): Promise<PublicFindings | null> {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { id: true, title: true } });
  if (!campaign) return null;
  const school = schoolCode ? await db.orgUnit.findFirst({ where: { code: schoolCode, kind: "school" }, select: { id: true, code: true, name: true } }) : null;
  if (schoolCode && !school) return null;
  const rows = await db.finding.findMany({
    where: { campaignId, published: true, status: { in: [...PUBLIC_STATUSES] }, ...(school ? { orgId: school.id } : {}) },
    include: { theme: { select: { name: true } }, evidence: { orderBy: { position: "asc" } }, actions: { orderBy: { dueOn: "asc" } } },
    orderBy: { updatedAt: "desc" },
  });
  const evidence = rows.flatMap((r) => r.evidence);
  const surveys = new Map((await db.survey.findMany({ where: { id: { in: [...new Set(evidence.map((e) => e.surveyId))] } }, select: { id: true, minGroupSize: true, minTextGroupSize: true } })).map((s) => [s.id, Math.max(s.minGroupSize, s.minTextGroupSize)]));
  const sizes = new Map<string, number>();
  if (evidence.length > 0) {
    const groups = await db.textAnswer.groupBy({
      by: ["surveyId", "schoolId", "audience", "question"],
      where: { surveyId: { in: [...surveys.keys()] }, schoolId: { in: [...new Set(evidence.map((e) => e.schoolId))] } },
      _count: { _all: true },
    });
    for (const g of groups) sizes.set(unitKey(g), g._count._all);
  }
  const shown = (e: (typeof evidence)[number]) => (sizes.get(unitKey(e)) ?? 0) >= (surveys.get(e.surveyId) ?? Number.POSITIVE_INFINITY);
  const orgIds = [...new Set([...rows.map((r) => r.orgId), ...rows.flatMap((r) => r.actions.map((a) => a.ownerOrgId))])];
  const orgs = new Map((await db.orgUnit.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const today = chinaDay(new Date());
  return {
    campaign,
    school: school ? { code: school.code, name: school.name } : null,
    findings: rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      theme: r.theme?.name ?? null,
      org: orgs.get(r.orgId) ?? "",
      status: r.status,
      statusReason: r.status === "rejected" ? r.statusReason : null,
      quotes: r.evidence.filter(shown).map((e) => e.quote),
      actions: r.actions.map((a) => ({ kind: a.kind, description: a.description, owner: orgs.get(a.ownerOrgId) ?? "", dueOn: a.dueOn, progress: a.progress, overdue: isOverdue(a, today) })),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}
