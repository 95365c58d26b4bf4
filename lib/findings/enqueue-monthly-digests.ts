import type { Db } from "../db/client";
import { enqueueMail, type MailInput } from "../mail/enqueue-mail";
import { chinaDay } from "../time/china-time";
import { findUnitAdministrators } from "../users/find-unit-administrators";
import { composeMonthlyDigest, type DigestAction } from "./compose-monthly-digest";
import type { FindingStatus } from "./finding-status";

/** Findings whose actions are no longer followed up. */
const CLOSED: FindingStatus[] = ["resolved", "rejected"];

export interface DigestRun {
  /** YYYY-MM in China time: the digests are deduplicated per unit, administrator and month. */
  month: string;
  /** Units owning at least one open action. */
  units: number;
  queued: number;
  alreadySent: number;
  /** Units with open actions but no administrator account to write to. */
  withoutRecipient: { code: string; name: string }[];
}

/**
 * Queues this month's digest for every unit that owns an open action (progress below 100 on a
 * finding not resolved or rejected): one mail to each of its administrators, keyed
 * `digest:<month>:<unit>:<user>`, so running again in the same month queues nothing already queued.
 */
export async function enqueueMonthlyDigests(db: Db, options: { now: Date; origin: string }): Promise<DigestRun> {
  const today = chinaDay(options.now);
  const month = today.slice(0, 7);
  const actions = await db.findingAction.findMany({
    where: { progress: { lt: 100 }, finding: { status: { notIn: CLOSED } } },
    select: { ownerOrgId: true, kind: true, description: true, dueOn: true, progress: true, finding: { select: { id: true, title: true, status: true } } },
  });
  const byOwner = new Map<string, DigestAction[]>();
  for (const a of actions) {
    const item = { findingId: a.finding.id, findingTitle: a.finding.title, findingStatus: a.finding.status, kind: a.kind, description: a.description, dueOn: a.dueOn, progress: a.progress };
    byOwner.set(a.ownerOrgId, [...(byOwner.get(a.ownerOrgId) ?? []), item]);
  }
  const units = await db.orgUnit.findMany({ where: { id: { in: [...byOwner.keys()] } }, select: { id: true, kind: true, code: true, name: true }, orderBy: { code: "asc" } });
  const admins = await findUnitAdministrators(db, units);
  const mails: MailInput[] = [];
  const withoutRecipient: { code: string; name: string }[] = [];
  for (const unit of units) {
    const recipients = admins.get(unit.id) ?? [];
    if (recipients.length === 0) withoutRecipient.push({ code: unit.code, name: unit.name });
    const content = composeMonthlyDigest({ unitName: unit.name, today, actions: byOwner.get(unit.id)!, origin: options.origin });
    for (const r of recipients) mails.push({ dedupeKey: `digest:${month}:${unit.id}:${r.id}`, kind: "digest", recipient: r.email, ...content, orgId: unit.id });
  }
  const queued = (await db.$transaction((tx) => enqueueMail(tx, mails, options.now), { timeout: 120_000 })).size;
  return { month, units: units.length, queued, alreadySent: mails.length - queued, withoutRecipient };
}
