-- AlterTable
ALTER TABLE "SurveyInvitation" ADD COLUMN     "bouncedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "bouncedAt" TIMESTAMP(3),
ADD COLUMN     "invitationId" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMessage_invitationId_idx" ON "OutboxMessage"("invitationId");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "SurveyInvitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Mails enqueued before this migration name their invitation only in the dedupe key.
UPDATE "OutboxMessage" SET "invitationId" = split_part("dedupeKey", ':', 2)
WHERE "dedupeKey" LIKE 'invitation:%' AND split_part("dedupeKey", ':', 2) IN (SELECT "id" FROM "SurveyInvitation");
UPDATE "OutboxMessage" SET "invitationId" = split_part("dedupeKey", ':', 3)
WHERE "dedupeKey" LIKE 'reminder:%:%' AND split_part("dedupeKey", ':', 3) IN (SELECT "id" FROM "SurveyInvitation");
