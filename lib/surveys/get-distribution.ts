import type { Caller } from "../auth/caller";
import { getDb } from "../db/client";
import { listOrgsInScope } from "../orgs/list-orgs-in-scope";
import { listLinksForCaller } from "./list-links-for-caller";
import { getSurvey } from "./get-survey";

/**
 * What the distribution page shows: the survey's state and dates, the campaign's study phase it
 * falls back on, its links within the caller's unit, and the districts and schools links can be
 * made for.
 */
export async function getDistribution(caller: Caller, surveyId: string, origin: string) {
  const survey = await getSurvey(caller, surveyId);
  const db = await getDb();
  const [study, links, orgs] = await Promise.all([
    survey.campaignId ? db.campaignPhase.findFirst({ where: { campaignId: survey.campaignId, phase: "study" }, select: { startsOn: true, endsOn: true } }) : null,
    listLinksForCaller(caller, surveyId, origin),
    listOrgsInScope(caller),
  ]);
  return {
    survey: { ...survey, json: undefined },
    studyPhase: study,
    links,
    orgs: orgs.filter((o) => o.kind !== "city").map((o) => ({ code: o.code, name: o.name, kind: o.kind })),
  };
}
