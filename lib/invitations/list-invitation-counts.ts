import type { Caller } from "../auth/caller";
import { schoolIdsInScope } from "../auth/org-scope";
import { getDb } from "../db/client";
import { isAudience, type Audience } from "../surveys/audiences";
import { loadSurveyForCaller } from "../surveys/survey-access";
import { requireAdministrator } from "./resolve-invitation-link";

export interface InvitationCounts {
  school: string;
  schoolName: string;
  audience: Audience;
  invited: number;
  answered: number;
  /** Not answered yet, and no mail to them known to have failed. */
  pending: number;
  /** Not answered; a mail was refused by the mail server while sending (or given up on). */
  failed: number;
  /** Not answered; a delivery report came back saying a mail could not be delivered. */
  bounced: number;
}

/**
 * How invitations to a survey stand, per school × audience link in the caller's unit. Only
 * counts: whether someone answered is known (no secret left), never what they answered. The four
 * states are disjoint: answered, else bounced, else failed, else pending.
 */
export async function listInvitationCounts(caller: Caller, surveyId: string): Promise<InvitationCounts[]> {
  requireAdministrator(caller);
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const db = await getDb();
  const inScope = { link: { surveyId: survey.id, schoolId: { in: await schoolIdsInScope(caller) } } };
  const open = { tokens: { some: {} } };
  const count = (where: object) => db.surveyInvitation.groupBy({ by: ["linkId"], where: { ...inScope, ...where }, _count: { _all: true } });
  const [invited, answered, bounced, failed] = await Promise.all([
    count({}),
    count({ tokens: { none: {} } }),
    count({ ...open, bouncedAt: { not: null } }),
    count({ ...open, bouncedAt: null, messages: { some: { status: "failed" } } }),
  ]);
  const byLink = (rows: { linkId: string; _count: { _all: number } }[]) => new Map(rows.map((r) => [r.linkId, r._count._all]));
  const [a, b, f] = [byLink(answered), byLink(bounced), byLink(failed)];
  const links = await db.distributionLink.findMany({
    where: { id: { in: invited.map((r) => r.linkId) } },
    select: { id: true, audience: true, school: { select: { code: true, name: true } } },
  });
  const total = byLink(invited);
  return links
    .filter((l) => isAudience(l.audience))
    .map((l) => {
      const n = { invited: total.get(l.id) ?? 0, answered: a.get(l.id) ?? 0, bounced: b.get(l.id) ?? 0, failed: f.get(l.id) ?? 0 };
      return { school: l.school.code, schoolName: l.school.name, audience: l.audience as Audience, ...n, pending: n.invited - n.answered - n.bounced - n.failed };
    })
    .sort((x, y) => x.school.localeCompare(y.school) || x.audience.localeCompare(y.audience));
}
