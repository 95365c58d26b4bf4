import { getDb } from "../db/client";
import { AppError } from "../errors/app-error";

/** Freezes the newest version and points the survey (and so all its links) at it. */
export async function publishSurvey(surveyId: string, now = new Date()): Promise<{ version: number; versionId: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const latest = await tx.surveyVersion.findFirst({ where: { surveyId }, orderBy: { number: "desc" } });
    if (!latest) throw new AppError("NOT_FOUND", "问卷不存在 (survey not found)", [{ field: "id", message: "not found" }]);
    if (!latest.publishedAt) await tx.surveyVersion.update({ where: { id: latest.id }, data: { publishedAt: now } });
    await tx.survey.update({ where: { id: surveyId }, data: { publishedVersionId: latest.id } });
    return { version: latest.number, versionId: latest.id };
  });
}
