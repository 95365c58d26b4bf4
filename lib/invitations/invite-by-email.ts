import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { getDb } from "../db/client";
import { requestDelivery } from "../mail/delivery-loop";
import { audiences } from "../surveys/audiences";
import { enqueueInvitationMails } from "./enqueue-invitation-mails";
import { MAX_INVITEES, parseEmailList } from "./parse-email-list";
import { resolveInvitationLink } from "./resolve-invitation-link";

export const inviteByEmailSchema = z
  .object({
    school: z.string({ error: "请填写学校代码 (school is required)" }).trim().min(1, { error: "请填写学校代码 (school is required)" }),
    audience: z.enum(audiences).default("staff"),
    emails: z.array(z.string().max(320)).max(MAX_INVITEES).optional(),
    /** Pasted addresses or a CSV file's text. */
    csv: z.string().max(2_000_000).optional(),
  })
  .refine((b) => (b.emails === undefined) !== (b.csv === undefined), { error: "请提供 emails 或 csv 之一 (give either emails or csv)", path: ["emails"] });

export interface InvitationSummary {
  /** New invitations, each with a mail in the outbox. */
  invited: number;
  /** Addresses already invited to this survey, school and audience: not mailed again (send a reminder instead). */
  alreadyInvited: number;
  duplicatesRemoved: number;
}

const CHUNK = 500;

/**
 * Invites people by e-mail to answer a survey at a school in the caller's unit: one invitation per
 * address (once per survey × school × audience) and its mail in the outbox, in one transaction.
 */
export async function inviteByEmail(caller: Caller, surveyId: string, input: z.infer<typeof inviteByEmailSchema>, origin: string): Promise<InvitationSummary> {
  const link = await resolveInvitationLink(caller, surveyId, input.school, input.audience);
  const { emails, duplicatesRemoved } = parseEmailList(input);
  const db = await getDb();
  const invited = await db.$transaction(
    async (tx) => {
      const known = new Set<string>();
      for (let i = 0; i < emails.length; i += CHUNK) {
        const rows = await tx.surveyInvitation.findMany({ where: { linkId: link.linkId, email: { in: emails.slice(i, i + CHUNK) } }, select: { email: true } });
        for (const r of rows) known.add(r.email);
      }
      const fresh = emails.filter((e) => !known.has(e));
      const created: { id: string; email: string }[] = [];
      for (let i = 0; i < fresh.length; i += CHUNK) {
        const chunk = fresh.slice(i, i + CHUNK);
        await tx.surveyInvitation.createMany({ data: chunk.map((email) => ({ linkId: link.linkId, email, invitedById: caller.userId })) });
        created.push(...(await tx.surveyInvitation.findMany({ where: { linkId: link.linkId, email: { in: chunk } }, select: { id: true, email: true } })));
      }
      await enqueueInvitationMails(tx, created, { kind: "invitation", dedupeKey: (id) => `invitation:${id}`, link, origin, createdById: caller.userId });
      return created.length;
    },
    { timeout: 120_000 },
  );
  requestDelivery();
  const summary = { invited, alreadyInvited: emails.length - invited, duplicatesRemoved };
  await recordAuditEvent(caller, { action: "survey.invite", resourceType: "survey", resourceId: surveyId, detail: { school: input.school, audience: input.audience, ...summary } });
  return summary;
}
