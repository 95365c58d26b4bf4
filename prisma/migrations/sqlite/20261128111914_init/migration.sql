-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "stage" TEXT,
    "staffCount" INTEGER NOT NULL DEFAULT 0,
    "studentCount" INTEGER NOT NULL DEFAULT 0,
    "parentCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OrgUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignPhase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    CONSTRAINT "CampaignPhase_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Survey_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Survey_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "SurveyVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "surveyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "json" JSONB NOT NULL,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SurveyVersion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DistributionLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DistributionLink_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DistributionLink_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Response" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "submissionId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "data" JSONB NOT NULL,
    "dataHash" TEXT NOT NULL,
    CONSTRAINT "Response_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Response_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "DistributionLink" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
    "sum" REAL NOT NULL DEFAULT 0,

    PRIMARY KEY ("versionId", "schoolId", "audience", "question", "row", "value"),
    CONSTRAINT "Tally_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyCount" (
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("versionId", "schoolId", "audience", "day"),
    CONSTRAINT "DailyCount_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeviceSubmission" (
    "surveyId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,

    PRIMARY KEY ("surveyId", "tokenHash")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
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
