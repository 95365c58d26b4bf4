import { hashSecretToken } from "../auth/secret-token";
import { getDb } from "../db/client";

/**
 * Whether a personal link's secret can still be used on this survey link: checked when the page
 * opens, so nobody fills in a questionnaire only to be refused at the end. Reads, never writes.
 */
export async function isInvitationUsable(code: string, secret: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return false;
  const db = await getDb();
  const token = await db.surveyInvitationToken.findUnique({
    where: { tokenHash: hashSecretToken(secret) },
    select: { invitation: { select: { link: { select: { code: true } } } } },
  });
  return token?.invitation.link.code === code;
}
