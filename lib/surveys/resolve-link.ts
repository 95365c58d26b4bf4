import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { chinaDay } from "../time/china-time";
import { answeringWindow, windowState, type AnsweringWindow } from "./answering-window";

export interface ResolvedLink {
  link: { id: string; surveyId: string; schoolId: string; audience: string };
  survey: { id: string; title: string; locale: string; onePerDevice: boolean };
  schoolName: string;
  /** The published version respondents answer; null while the survey is unpublished. */
  version: { id: string; json: unknown } | null;
  window: AnsweringWindow;
  /** "closed" also when an administrator closed the link or the survey by hand. */
  state: "open" | "notYetOpen" | "closed";
  closedByHand: boolean;
}

const LINK_CODE = /^[A-Za-z0-9_-]{16,64}$/;

/** What a public link leads to, or NOT_FOUND for unknown (or malformed) codes. */
export async function resolveLink(code: string, now = new Date()): Promise<ResolvedLink> {
  const notFound = new AppError("NOT_FOUND", "问卷链接不存在，请核对链接 (unknown survey link)", [{ field: "code", message: "unknown link" }]);
  if (!LINK_CODE.test(code)) throw notFound;
  const db = await getDb();
  const link = await db.distributionLink.findUnique({
    where: { code },
    include: {
      school: { select: { name: true } },
      survey: { include: { publishedVersion: { select: { id: true, json: true } }, campaign: { include: { phases: true } } } },
    },
  });
  if (!link) throw notFound;
  const { survey } = link;
  const window = answeringWindow(survey, survey.campaign?.phases ?? []);
  const closedByHand = link.closedAt !== null || survey.closedAt !== null;
  const state = closedByHand || !survey.publishedVersion ? "closed" : windowState(window, chinaDay(now));
  return {
    link: { id: link.id, surveyId: link.surveyId, schoolId: link.schoolId, audience: link.audience },
    survey: { id: survey.id, title: survey.title, locale: survey.locale, onePerDevice: survey.onePerDevice },
    schoolName: link.school.name,
    version: survey.publishedVersion,
    window,
    state,
    closedByHand,
  };
}
