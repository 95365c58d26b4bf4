import { hashSecretToken, newSecretToken } from "../auth/secret-token";
import type { Tx } from "../db/transaction";
import { enqueueMail } from "../mail/enqueue-mail";
import { composeInvitationMail } from "./compose-invitation-mail";
import type { InvitationLink } from "./resolve-invitation-link";

/** The query parameter of a personal link that carries its secret. */
export const INVITATION_PARAM = "invite";

export interface InvitationMailBatch {
  kind: "invitation" | "reminder";
  /** Names the logical message per invitation: `invitation:<id>`, `reminder:<round>:<id>`. */
  dedupeKey: (invitationId: string) => string;
  link: InvitationLink;
  origin: string;
  createdById: string;
}

const CHUNK = 500;

/**
 * One mail per invitation, each with a fresh personal secret of which only the hash is kept, and
 * only for mails actually enqueued: a message already in the outbox keeps its own secret.
 * Returns how many were enqueued.
 */
export async function enqueueInvitationMails(tx: Tx, invitations: { id: string; email: string }[], batch: InvitationMailBatch): Promise<number> {
  const items = invitations.map((invitation) => {
    const secret = newSecretToken();
    const url = `${batch.origin}/s/${encodeURIComponent(batch.link.code)}?${INVITATION_PARAM}=${secret}`;
    const content = composeInvitationMail({ kind: batch.kind, surveyTitle: batch.link.surveyTitle, schoolName: batch.link.schoolName, url, closesOn: batch.link.closesOn });
    return {
      invitationId: invitation.id,
      tokenHash: hashSecretToken(secret),
      mail: { dedupeKey: batch.dedupeKey(invitation.id), kind: batch.kind, recipient: invitation.email, ...content, orgId: batch.link.schoolId, createdById: batch.createdById, invitationId: invitation.id },
    };
  });
  const enqueued = await enqueueMail(tx, items.map((i) => i.mail));
  const tokens = items.filter((i) => enqueued.has(i.mail.dedupeKey)).map(({ invitationId, tokenHash }) => ({ invitationId, tokenHash }));
  if (batch.kind === "invitation") {
    for (let i = 0; i < tokens.length; i += CHUNK) await tx.surveyInvitationToken.createMany({ data: tokens.slice(i, i + CHUNK) });
  } else {
    // Only while a secret is left: an invitation answered since it was selected must not look
    // unanswered again. (An answer still uncommitted at this moment can slip through: one extra reminder.)
    for (const t of tokens) {
      await tx.$executeRaw`INSERT INTO "SurveyInvitationToken" ("tokenHash", "invitationId") SELECT ${t.tokenHash}, ${t.invitationId}
        WHERE EXISTS (SELECT 1 FROM "SurveyInvitationToken" WHERE "invitationId" = ${t.invitationId})`;
    }
  }
  return enqueued.size;
}
