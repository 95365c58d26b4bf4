-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "stage" TEXT,
    "staffCount" INTEGER NOT NULL DEFAULT 0,
    "studentCount" INTEGER NOT NULL DEFAULT 0,
    "parentCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignPhase" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,

    CONSTRAINT "CampaignPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT,
    "title" TEXT NOT NULL,
    "audiences" JSONB NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-cn',
    "minGroupSize" INTEGER NOT NULL DEFAULT 5,
    "minTextGroupSize" INTEGER NOT NULL DEFAULT 10,
    "onePerDevice" BOOLEAN NOT NULL DEFAULT true,
    "opensOn" TEXT,
    "closesOn" TEXT,
    "publishedVersionId" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyVersion" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "json" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistributionLink" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistributionLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" SERIAL NOT NULL,
    "submissionId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "data" JSONB NOT NULL,
    "dataHash" TEXT NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tally" (
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "row" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "sum" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "Tally_pkey" PRIMARY KEY ("versionId","schoolId","audience","question","row","value")
);

-- CreateTable
CREATE TABLE "DailyCount" (
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DailyCount_pkey" PRIMARY KEY ("versionId","schoolId","audience","day")
);

-- CreateTable
CREATE TABLE "DeviceSubmission" (
    "surveyId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,

    CONSTRAINT "DeviceSubmission_pkey" PRIMARY KEY ("surveyId","tokenHash")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_code_key" ON "OrgUnit"("code");

-- CreateIndex
CREATE INDEX "OrgUnit_parentId_idx" ON "OrgUnit"("parentId");

-- CreateIndex
CREATE INDEX "OrgUnit_kind_idx" ON "OrgUnit"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignPhase_campaignId_phase_key" ON "CampaignPhase"("campaignId", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_publishedVersionId_key" ON "Survey"("publishedVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyVersion_surveyId_number_key" ON "SurveyVersion"("surveyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionLink_code_key" ON "DistributionLink"("code");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionLink_surveyId_schoolId_audience_key" ON "DistributionLink"("surveyId", "schoolId", "audience");

-- CreateIndex
CREATE UNIQUE INDEX "Response_submissionId_key" ON "Response"("submissionId");

-- CreateIndex
CREATE INDEX "Response_surveyId_schoolId_audience_idx" ON "Response"("surveyId", "schoolId", "audience");

-- CreateIndex
CREATE INDEX "Response_versionId_idx" ON "Response"("versionId");

-- CreateIndex
CREATE INDEX "Tally_schoolId_idx" ON "Tally"("schoolId");

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignPhase" ADD CONSTRAINT "CampaignPhase_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "SurveyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyVersion" ADD CONSTRAINT "SurveyVersion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionLink" ADD CONSTRAINT "DistributionLink_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionLink" ADD CONSTRAINT "DistributionLink_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "DistributionLink"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tally" ADD CONSTRAINT "Tally_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCount" ADD CONSTRAINT "DailyCount_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
