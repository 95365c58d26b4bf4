-- DropIndex
DROP INDEX "Response_surveyId_schoolId_audience_idx";

-- CreateIndex
CREATE INDEX "Response_surveyId_schoolId_audience_id_idx" ON "Response"("surveyId", "schoolId", "audience", "id");
