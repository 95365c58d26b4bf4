import QRCode from "qrcode";
import type { Caller } from "../auth/caller";
import { isOrgInScope, notFound } from "../auth/org-scope";
import { getDb } from "../db/client";
import { answeringWindow } from "./answering-window";
import type { Audience } from "./audiences";
import { loadSurveyForCaller } from "./survey-access";

/** A printable poster for one link: school, survey title, answering dates and the QR code (SVG). */
export async function getPoster(caller: Caller, surveyId: string, code: string, origin: string) {
  const survey = await loadSurveyForCaller(caller, surveyId, "view");
  const db = await getDb();
  const link = await db.distributionLink.findUnique({ where: { code }, include: { school: { select: { name: true } } } });
  if (!link || link.surveyId !== survey.id || !(await isOrgInScope(caller, link.schoolId))) throw notFound("该链接", "code");
  const phases = survey.campaignId ? await db.campaignPhase.findMany({ where: { campaignId: survey.campaignId } }) : [];
  const url = `${origin}/s/${code}`;
  return {
    schoolName: link.school.name,
    surveyTitle: survey.title,
    audience: link.audience as Audience,
    window: answeringWindow(survey, phases),
    url,
    // Our own QR encoder's markup, not user input: safe to inline. Error correction Q survives a
    // crumpled poster at the school gate.
    svg: await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "Q", margin: 1 }),
  };
}
