import { z } from "zod";
import type { Caller } from "../auth/caller";
import { findOrgInScope } from "../auth/org-scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { findThemeByCode } from "../text/theme-taxonomy";
import { loadSurveyForCaller } from "../surveys/survey-access";
import { analyzePendingTexts } from "../text/analyze-pending-texts";
import { loadTextScope } from "../text/load-text-scope";
import { scrubText } from "../text/scrub-personal-data";
import { prioritySchema } from "./finding-status";
import { readFinding, type FindingDetail } from "./get-finding";
import { recordFindingEvents } from "./record-finding-event";

export const createFindingBody = z
  .object({
    surveyId: z.string().min(1).max(64),
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().max(5000).default(""),
    theme: z.string().min(1).max(64).optional(),
    /** The unit the finding is about: a school code, a district name or the city name; default the caller's. */
    org: z.string().trim().min(1).max(100).optional(),
    priority: prioritySchema.default("medium"),
    /** Text answers quoted as evidence, in order. */
    evidence: z.array(z.number().int().positive()).min(1).max(50),
  })
  .strict();
export type CreateFindingBody = z.infer<typeof createFindingBody>;

const badEvidence = () =>
  new AppError("VALIDATION", "所选答案不在该单位可显示的范围内 (an evidence answer is not shown in this unit)", [{ field: "evidence", message: "unknown answer, outside the unit, or from a group below the free-text minimum" }]);

/**
 * A finding from selected answers (analysts and administrators, in their unit). Every quote must be
 * an answer the finding's unit may show (its group has at least the free-text k answers to that
 * question); quotes are copies of the scrubbed text, scrubbed once more in case the rules improved.
 */
export async function createFinding(db: Db, caller: Caller, body: CreateFindingBody): Promise<FindingDetail> {
  const survey = await loadSurveyForCaller(caller, body.surveyId, "view");
  const org = body.org ? await findOrgInScope(caller, body.org) : await db.orgUnit.findUniqueOrThrow({ where: { id: caller.orgId } });
  const theme = body.theme ? await findThemeByCode(db, body.theme) : null;
  if (body.theme && !theme) throw new AppError("VALIDATION", "未知的主题 (unknown theme)", [{ field: "theme", message: "no theme with this code" }]);
  // Themes of the quoted answers and the theme count below must be current.
  await analyzePendingTexts(db, { surveyId: survey.id, limit: 2_000 });
  const ts = await loadTextScope(db, { surveyId: survey.id, scopeOrgId: org.id });
  const shown = new Set(ts.shown.map((u) => [u.schoolId, u.audience, u.question].join("\u0000")));
  const ids = [...new Set(body.evidence)];
  const texts = await db.textAnswer.findMany({ where: { id: { in: ids }, surveyId: survey.id } });
  if (texts.length !== ids.length || texts.some((t) => !shown.has([t.schoolId, t.audience, t.question].join("\u0000")))) throw badEvidence();
  const byId = new Map(texts.map((t) => [t.id, t]));
  const themeAnswers = theme ? await db.textTheme.count({ where: { ...ts.where, themeId: theme.id } }) : undefined;
  const counts = { quotes: ids.length, answersInUnit: ts.shown.reduce((s, u) => s + u.answers, 0), ...(themeAnswers === undefined ? {} : { themeAnswersInUnit: themeAnswers }) };
  const finding = await db.$transaction(async (tx) => {
    const f = await tx.finding.create({
      data: {
        surveyId: survey.id,
        campaignId: survey.campaignId,
        orgId: org.id,
        title: body.title,
        summary: body.summary,
        themeId: theme?.id ?? null,
        priority: body.priority,
        status: "pending",
        counts,
        createdById: caller.userId,
        evidence: {
          create: ids.map((id, position) => {
            const t = byId.get(id)!;
            return { textAnswerId: t.id, surveyId: t.surveyId, schoolId: t.schoolId, audience: t.audience, question: t.question, quote: scrubText(t.text), position };
          }),
        },
      },
    });
    await recordFindingEvents(tx, caller, f.id, [{ field: "status", to: "pending" }]);
    return f;
  });
  await recordAuditEvent(caller, { action: "finding.create", resourceType: "finding", resourceId: finding.id });
  return readFinding(db, finding.id);
}
