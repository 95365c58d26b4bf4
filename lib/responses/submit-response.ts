import { z } from "zod";
import { hashSecretToken } from "../auth/secret-token";
import { AppError } from "../errors/app-error";
import { resolveLinkCached } from "../surveys/resolve-link-cached";
import { hashDeviceToken } from "./device-token";
import { getVersionRules } from "./get-validator";
import { storeResponse } from "./store-response";

export const submissionBody = z
  .object({
    id: z.uuid({ message: "id 必须是客户端生成的 UUID (id must be a UUID)" }),
    data: z.record(z.string(), z.unknown(), { message: "data 必须是对象 (data must be an object)" }),
    startedAt: z.iso.datetime({ offset: true, message: "startedAt 必须是 ISO-8601 时间 (startedAt must be ISO-8601)" }).optional(),
    /** The secret of a personal invitation link (`?invite=` on the page): marks that invitation answered, nothing more. */
    invitation: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: "invitation 格式不正确 (malformed invitation)" }).optional(),
  })
  .strict();

export interface SubmitInput {
  code: string;
  body: unknown;
  /** The device's token (cookie); only its keyed hash is stored, and only for one-per-device surveys. */
  deviceToken: string;
  now?: Date;
}

function parseBody(body: unknown) {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("BAD_REQUEST", "请求体必须是 JSON 对象 (body must be a JSON object)", [{ field: "body", message: "not an object" }]);
  }
  const parsed = submissionBody.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "body", message: i.message }));
    throw new AppError("BAD_REQUEST", issues[0]!.message, issues);
  }
  return parsed.data;
}

/**
 * The respondent's submission: checked against the exact published version, stored with its
 * tallies, idempotent under retries. Answers to questions hidden by logic are not stored.
 */
export async function submitResponse(input: SubmitInput): Promise<{ id: string; status: "created" | "duplicate" }> {
  const now = input.now ?? new Date();
  // The link first: an unknown or closed link is 404 or 410 whatever the body holds.
  const target = await resolveLinkCached(input.code, now);
  if (target.state !== "open" || !target.version) {
    const dates = target.window.opensOn || target.window.closesOn ? `（开放时间 ${target.window.opensOn ?? "—"} 至 ${target.window.closesOn ?? "—"}）` : "";
    const what = target.state === "notYetOpen" ? "问卷尚未开放" : "问卷已关闭";
    throw new AppError("GONE", `${what}${dates} (survey is ${target.state === "notYetOpen" ? "not open yet" : "closed"})`, [
      { field: "code", message: `${target.state}; opens ${target.window.opensOn ?? "-"}, closes ${target.window.closesOn ?? "-"}` },
    ]);
  }
  const body = parseBody(input.body);
  const rules = getVersionRules(target.version.id, target.version.json);
  const result = rules.validator.validate(body.data);
  if (!result.ok) {
    const issues = result.errors.map((e) => ({ field: e.question, message: e.message }));
    throw new AppError("VALIDATION", `有 ${issues.length} 道题需要修改 (some answers are invalid)`, issues, "answers");
  }
  const stored = await storeResponse({
    submissionId: body.id,
    link: target.link,
    versionId: target.version.id,
    questions: rules.questions,
    data: result.data,
    receivedAt: now,
    deviceTokenHash: target.survey.onePerDevice ? await hashDeviceToken(target.link.surveyId, input.deviceToken) : undefined,
    invitationTokenHash: body.invitation ? hashSecretToken(body.invitation) : undefined,
  });
  return { id: body.id, status: stored.status };
}
