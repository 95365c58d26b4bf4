import { sanitizedVersionJson } from "../surveys/sanitized-version-json";
import { isAppError } from "../errors/app-error";
import { resolveLink } from "../surveys/resolve-link";
import { hasDeviceAnswered, isDeviceToken } from "./device-token";

export type RespondentView =
  | { kind: "notFound" }
  | { kind: "notYetOpen"; title: string; locale: string; opensOn: string | null }
  | { kind: "closed"; title: string; locale: string; closesOn: string | null }
  | { kind: "answered"; title: string; locale: string; json: unknown }
  | { kind: "open"; title: string; locale: string; schoolName: string; audience: string; json: unknown };

/** What the public questionnaire page shows for a link code and this device. */
export async function getRespondentView(code: string, deviceToken: string | undefined, now = new Date()): Promise<RespondentView> {
  let target;
  try {
    target = await resolveLink(code, now);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return { kind: "notFound" };
    throw e;
  }
  const { title, locale } = target.survey;
  if (target.state === "notYetOpen") return { kind: "notYetOpen", title, locale, opensOn: target.window.opensOn };
  if (target.state === "closed" || !target.version) {
    return { kind: "closed", title, locale, closesOn: target.closedByHand || !target.version ? null : target.window.closesOn };
  }
  if (target.survey.onePerDevice && isDeviceToken(deviceToken) && (await hasDeviceAnswered(target.survey.id, deviceToken))) {
    return { kind: "answered", title, locale, json: sanitizedVersionJson(target.version) };
  }
  return { kind: "open", title, locale, schoolName: target.schoolName, audience: target.link.audience, json: sanitizedVersionJson(target.version) };
}
