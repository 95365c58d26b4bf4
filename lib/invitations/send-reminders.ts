import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { findOrgInScope, schoolIdsInScope } from "../auth/org-scope";
import { getDb } from "../db/client";
import { requestDelivery } from "../mail/delivery-loop";
import { audiences } from "../surveys/audiences";
import { resolveLink } from "../surveys/resolve-link";
import { loadSurveyForCaller } from "../surveys/survey-access";
import { chinaDay } from "../time/china-time";
import { enqueueInvitationMails } from "./enqueue-invitation-mails";
import { requireAdministrator } from "./resolve-invitation-link";

export const sendRemindersSchema = z.object({
  /** A school code or a district name in the caller's unit; all of the caller's schools when absent. */
  school: z.string().trim().min(1).optional(),
  audience: z.enum(audiences).optional(),
  /** Names the reminder round: sending the same round again mails nobody twice. Default: today (China time). */
  round: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: "round 只能包含字母、数字、- 和 _ (letters, digits, - and _)" })
    .optional(),
});

/**
 * Reminds invited people who have not answered: one mail per invitation and round, with a fresh
 * personal link (the invitation's earlier links keep working until it is answered). Closed links
 * and addresses known to be undeliverable are skipped.
 */
export async function sendReminders(caller: Caller, surveyId: string, input: z.infer<typeof sendRemindersSchema>, origin: string, now = new Date()) {
  requireAdministrator(caller);
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const unit = input.school ? await findOrgInScope(caller, input.school, "school") : null;
  const schoolIds = await schoolIdsInScope(unit ? { orgId: unit.id, orgKind: unit.kind as "city" | "district" | "school" } : caller);
  const round = input.round ?? chinaDay(now);
  const db = await getDb();
  const unanswered = {
    // Not answered = a secret is left (using one deletes them all).
    tokens: { some: {} },
    link: { surveyId: survey.id, schoolId: { in: schoolIds }, ...(input.audience ? { audience: input.audience } : {}) },
  };
  // An address whose mail was refused or bounced gets no reminder: it would only fail again.
  const deliverable = { bouncedAt: null, messages: { none: { status: { in: ["failed", "bounced"] } } } };
  const [pending, undeliverable] = await Promise.all([
    db.surveyInvitation.findMany({ where: { ...unanswered, ...deliverable }, select: { id: true, email: true, link: { select: { code: true } } } }),
    db.surveyInvitation.count({ where: { ...unanswered, NOT: deliverable } }),
  ]);
  const byLink = new Map<string, typeof pending>();
  for (const p of pending) {
    const group = byLink.get(p.link.code);
    if (group) group.push(p);
    else byLink.set(p.link.code, [p]);
  }
  let enqueued = 0;
  let closed = 0;
  for (const [code, invitations] of byLink) {
    const resolved = await resolveLink(code, now);
    if (resolved.state === "closed") {
      closed += invitations.length;
      continue;
    }
    const link = {
      linkId: resolved.link.id,
      code,
      surveyId: survey.id,
      surveyTitle: survey.title,
      schoolId: resolved.link.schoolId,
      schoolName: resolved.schoolName,
      closesOn: resolved.window.closesOn,
    };
    enqueued += await db.$transaction(
      (tx) => enqueueInvitationMails(tx, invitations, { kind: "reminder", dedupeKey: (id) => `reminder:${round}:${id}`, link, origin, createdById: caller.userId }),
      { timeout: 120_000 },
    );
  }
  requestDelivery();
  const summary = { round, enqueued, alreadyReminded: pending.length - enqueued - closed, closed, undeliverable };
  await recordAuditEvent(caller, { action: "survey.remind", resourceType: "survey", resourceId: surveyId, detail: { school: input.school ?? null, audience: input.audience ?? null, ...summary } });
  return summary;
}
