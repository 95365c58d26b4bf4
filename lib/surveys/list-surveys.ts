import type { Caller } from "../auth/caller";
import { orgAncestry, schoolIdsInScope } from "../auth/org-scope";
import { getDb } from "../db/client";
import { RESPONSE_QUESTION } from "../responses/derive-tallies";

/**
 * The surveys the caller may see (owned by their unit, above it or below it), newest first, with
 * their state and the responses within the caller's unit.
 */
export async function listSurveys(caller: Caller) {
  const db = await getDb();
  const above = await orgAncestry(caller.orgId);
  const below = caller.orgKind === "city" ? undefined : [caller.orgId, ...(caller.orgKind === "district" ? await schoolIdsInScope(caller) : [])];
  const surveys = await db.survey.findMany({
    where: below ? { OR: [{ ownerId: null }, { ownerId: { in: [...above, ...below] } }] } : {},
    orderBy: { createdAt: "desc" },
    include: { versions: { select: { id: true, number: true, publishedAt: true }, orderBy: { number: "desc" } }, owner: { select: { name: true } } },
  });
  const schoolFilter = caller.orgKind === "city" ? {} : { schoolId: { in: await schoolIdsInScope(caller) } };
  // Naming the versions lets the tally key (versionId, schoolId, …) serve the read.
  const versionIds = surveys.flatMap((s) => s.versions.map((v) => v.id));
  const counts = await db.tally.groupBy({ by: ["versionId"], where: { versionId: { in: versionIds }, question: RESPONSE_QUESTION, ...schoolFilter }, _sum: { count: true } });
  const byVersion = new Map(counts.map((c) => [c.versionId, c._sum.count ?? 0]));
  return surveys.map((s) => ({
    id: s.id,
    title: s.title,
    audiences: s.audiences as string[],
    owner: s.owner?.name ?? null,
    campaignId: s.campaignId,
    state: s.closedAt ? "closed" : s.publishedVersionId ? "published" : "draft",
    version: s.versions[0]?.number ?? 0,
    publishedVersion: s.versions.find((v) => v.id === s.publishedVersionId)?.number ?? null,
    hasDraft: s.versions[0] !== undefined && s.versions[0].publishedAt === null,
    responses: s.versions.reduce((n, v) => n + (byVersion.get(v.id) ?? 0), 0),
    createdAt: s.createdAt.toISOString(),
  }));
}
