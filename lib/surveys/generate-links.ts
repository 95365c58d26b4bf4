import { randomBytes } from "node:crypto";
import { getDb } from "../db/client";
import type { Audience } from "./audiences";

/** 128 random bits, base64url: unguessable, short enough for a QR code. */
export function newLinkCode(): string {
  return randomBytes(16).toString("base64url");
}

export interface LinkRow {
  code: string;
  schoolId: string;
  audience: string;
}

/**
 * One link per school × audience for the survey. Idempotent: existing links are kept and
 * returned, only missing ones are made.
 */
export async function generateLinks(surveyId: string, schoolIds: string[], audiences: Audience[]): Promise<LinkRow[]> {
  const db = await getDb();
  const existing = await db.distributionLink.findMany({
    where: { surveyId, schoolId: { in: schoolIds }, audience: { in: audiences } },
    select: { code: true, schoolId: true, audience: true },
  });
  const have = new Set(existing.map((l) => `${l.schoolId}/${l.audience}`));
  const missing = schoolIds.flatMap((schoolId) =>
    audiences.filter((a) => !have.has(`${schoolId}/${a}`)).map((audience) => ({ surveyId, schoolId, audience, code: newLinkCode() })),
  );
  if (missing.length > 0) await db.distributionLink.createMany({ data: missing });
  return [...existing, ...missing.map(({ code, schoolId, audience }) => ({ code, schoolId, audience }))];
}
