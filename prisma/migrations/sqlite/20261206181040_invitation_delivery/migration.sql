-- AlterTable
ALTER TABLE "SurveyInvitation" ADD COLUMN "bouncedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dedupeKey" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "orgId" TEXT,
    "createdById" TEXT,
    "invitationId" TEXT,
    "bouncedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMessage_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "SurveyInvitation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("attempts", "createdAt", "createdById", "dedupeKey", "html", "id", "kind", "lastError", "leaseOwner", "leaseUntil", "messageId", "nextAttemptAt", "orgId", "recipient", "sentAt", "status", "subject", "text") SELECT "attempts", "createdAt", "createdById", "dedupeKey", "html", "id", "kind", "lastError", "leaseOwner", "leaseUntil", "messageId", "nextAttemptAt", "orgId", "recipient", "sentAt", "status", "subject", "text" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE UNIQUE INDEX "OutboxMessage_messageId_key" ON "OutboxMessage"("messageId");
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_orgId_idx" ON "OutboxMessage"("orgId");
CREATE INDEX "OutboxMessage_invitationId_idx" ON "OutboxMessage"("invitationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Mails enqueued before this migration name their invitation only in the dedupe key.
UPDATE "OutboxMessage" SET "invitationId" = substr("dedupeKey", 12)
WHERE "dedupeKey" LIKE 'invitation:%' AND substr("dedupeKey", 12) IN (SELECT "id" FROM "SurveyInvitation");
UPDATE "OutboxMessage" SET "invitationId" = substr(substr("dedupeKey", 10), instr(substr("dedupeKey", 10), ':') + 1)
WHERE "dedupeKey" LIKE 'reminder:%:%' AND substr(substr("dedupeKey", 10), instr(substr("dedupeKey", 10), ':') + 1) IN (SELECT "id" FROM "SurveyInvitation");
