-- CreateIndex (before the old one goes, so reads and writes never run without a group index)
CREATE INDEX "Response_surveyId_schoolId_audience_id_idx" ON "Response"("surveyId", "schoolId", "audience", "id");

-- DropIndex
DROP INDEX "Response_surveyId_schoolId_audience_idx";
