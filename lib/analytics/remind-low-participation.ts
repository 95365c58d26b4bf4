import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Caller } from "../auth/caller";
import { notFound, schoolIdsInScope } from "../auth/org-scope";
import { isAdminRole } from "../auth/roles";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { requestDelivery } from "../mail/delivery-loop";
import { enqueueMail, type MailInput } from "../mail/enqueue-mail";
import { audiences } from "../surveys/audiences";
import { loadSurveyForCaller } from "../surveys/survey-access";
import { chinaDay } from "../time/china-time";
import { findUnitAdministrators } from "../users/find-unit-administrators";
import { composeParticipationReminder } from "./compose-participation-reminder";
import { getParticipation } from "./get-participation";

export const remindParticipationSchema = z
  .object({
    /** School codes to remind (those shown flagged); default: every flagged school in the caller's unit. */
    orgs: z.array(z.string().trim().min(1).max(100)).min(1).max(5_000).optional(),
    /** Response rate below which a school is flagged (0–1), as on the participation view. */
    target: z.number().min(0).max(1).optional(),
    audience: z.enum(audiences).optional(),
  })
  .strict();

export interface ParticipationReminderResult {
  day: string;
  target: number;
  /** Flagged schools reminded (whether or not their mail was already sent today). */
  schools: number;
  /** Mails newly put in the outbox. */
  queued: number;
  /** Mails skipped because the same reminder already went out today (China time). */
  alreadyReminded: number;
  /** Flagged schools with no school administrator and no district administrator to write to. */
  withoutRecipient: { code: string; name: string }[];
}

/**
 * The one-click supervision reminder: mails the administrators of each school below the target
 * (its school_admins, or its district's district_admins when it has none) through the outbox, one
 * mail per school, recipient and China calendar day, so pressing twice sends nothing twice.
 * Named schools must be in the caller's unit (else 404); those not below the target are skipped.
 */
export async function remindLowParticipation(db: Db, caller: Caller, surveyId: string, input: z.infer<typeof remindParticipationSchema>, origin: string, now = new Date()): Promise<ParticipationReminderResult> {
  if (!isAdminRole(caller.role)) throw new AppError("FORBIDDEN", "只有管理员可以发送督促提醒 (administrators only)", [{ field: "role", message: "administrator required" }]);
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  if (input.orgs) {
    const inScope = new Set(await schoolIdsInScope(caller));
    const found = await db.orgUnit.findMany({ where: { code: { in: input.orgs }, kind: "school" }, select: { id: true, code: true } });
    const known = new Set(found.filter((o) => inScope.has(o.id)).map((o) => o.code));
    if (input.orgs.some((code) => !known.has(code))) throw notFound("该学校", "orgs");
  }
  const p = await getParticipation(db, { surveyId: survey.id, scopeOrgId: caller.orgId, audience: input.audience, target: input.target });
  const wanted = input.orgs ? new Set(input.orgs) : null;
  const flagged = p.schools.filter((s) => s.belowTarget && (!wanted || wanted.has(s.code)));

  const byName = await db.orgUnit.findMany({ where: { kind: "district", code: { in: [...new Set(flagged.map((s) => s.district))] } }, select: { id: true, code: true, name: true } });
  const districts = new Map(byName.map((d) => [d.code, d]));
  const admins = await findUnitAdministrators(db, [...flagged.map((s) => ({ id: s.id, kind: "school" })), ...byName.map((d) => ({ id: d.id, kind: "district" }))]);
  const day = chinaDay(now);
  const mails: MailInput[] = [];
  const withoutRecipient: { code: string; name: string }[] = [];
  for (const s of flagged) {
    const own = admins.get(s.id) ?? [];
    const district = districts.get(s.district);
    const recipients = own.length > 0 ? own : district ? (admins.get(district.id) ?? []) : [];
    if (recipients.length === 0) withoutRecipient.push({ code: s.code, name: s.name });
    const content = composeParticipationReminder({ surveyId: survey.id, surveyTitle: survey.title, school: s, target: p.target, origin, ...(own.length === 0 && district ? { districtName: district.name } : {}) });
    for (const r of recipients) {
      mails.push({ dedupeKey: `participation:${survey.id}:${day}:${s.id}:${r.id}`, kind: "participation-reminder", recipient: r.email, ...content, orgId: s.id, createdById: caller.userId });
    }
  }
  const queued = (await db.$transaction((tx) => enqueueMail(tx, mails, now), { timeout: 120_000 })).size;
  requestDelivery();
  const result = { day, target: p.target, schools: flagged.length, queued, alreadyReminded: mails.length - queued, withoutRecipient };
  await recordAuditEvent(caller, { action: "survey.participation.remind", resourceType: "survey", resourceId: survey.id, detail: { ...result, withoutRecipient: withoutRecipient.length } });
  return result;
}
