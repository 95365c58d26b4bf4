import { forgetInstallationSecrets } from "@/lib/db/installation-secret";
import { database } from "@/lib/db/client";

const TABLES = ["FindingEvent", "FindingAction", "FindingEvidence", "Finding", "KeywordCount", "TextTheme", "Theme", "TextAnswer", "FollowUpContact", "OutboxMessage", "SurveyInvitationToken", "SurveyInvitation", "AuditEvent", "SignInFailure", "Invitation", "ApiToken", "Session", "User", "DeviceSubmission", "Setting", "DailyCount", "Tally", "Response", "DistributionLink", "SurveyVersion", "Survey", "CampaignPhase", "Campaign", "OrgUnit"];

/** Empties every table, so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  forgetInstallationSecrets();
  const { db, target } = await database();
  if (target.provider === "postgresql") {
    await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    return;
  }
  await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  for (const t of TABLES) await db.$executeRawUnsafe(`DELETE FROM "${t}"`);
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
}
