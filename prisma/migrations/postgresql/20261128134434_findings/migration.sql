-- CreateTable
CREATE TABLE "TextAnswer" (
    "id" SERIAL NOT NULL,
    "responseId" INTEGER NOT NULL,
    "surveyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "keywords" JSONB,
    "themedRevision" INTEGER NOT NULL DEFAULT 0,
    "themesCorrected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TextAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TextTheme" (
    "textAnswerId" INTEGER NOT NULL,
    "themeId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "question" TEXT NOT NULL,

    CONSTRAINT "TextTheme_pkey" PRIMARY KEY ("textAnswerId","themeId")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keywords" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeywordCount" (
    "surveyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "keyword" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "KeywordCount_pkey" PRIMARY KEY ("surveyId","schoolId","audience","question","keyword")
);

-- CreateTable
CREATE TABLE "FollowUpContact" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "FollowUpContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT,
    "campaignId" TEXT,
    "orgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "themeId" TEXT,
    "priority" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusReason" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "counts" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingEvidence" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "textAnswerId" INTEGER,
    "surveyId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FindingEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingAction" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerOrgId" TEXT NOT NULL,
    "ownerDetail" TEXT NOT NULL DEFAULT '',
    "dueOn" TEXT NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "evidenceNotes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FindingAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingEvent" (
    "id" SERIAL NOT NULL,
    "findingId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "reason" TEXT,

    CONSTRAINT "FindingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TextAnswer_surveyId_schoolId_audience_question_idx" ON "TextAnswer"("surveyId", "schoolId", "audience", "question");

-- CreateIndex
CREATE INDEX "TextAnswer_themedRevision_idx" ON "TextAnswer"("themedRevision");

-- CreateIndex
CREATE UNIQUE INDEX "TextAnswer_responseId_question_key" ON "TextAnswer"("responseId", "question");

-- CreateIndex
CREATE INDEX "TextTheme_surveyId_themeId_idx" ON "TextTheme"("surveyId", "themeId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_code_key" ON "Theme"("code");

-- CreateIndex
CREATE INDEX "KeywordCount_surveyId_keyword_idx" ON "KeywordCount"("surveyId", "keyword");

-- CreateIndex
CREATE INDEX "FollowUpContact_surveyId_schoolId_idx" ON "FollowUpContact"("surveyId", "schoolId");

-- CreateIndex
CREATE INDEX "Finding_orgId_status_idx" ON "Finding"("orgId", "status");

-- CreateIndex
CREATE INDEX "Finding_campaignId_idx" ON "Finding"("campaignId");

-- CreateIndex
CREATE INDEX "FindingEvidence_findingId_idx" ON "FindingEvidence"("findingId");

-- CreateIndex
CREATE INDEX "FindingAction_findingId_idx" ON "FindingAction"("findingId");

-- CreateIndex
CREATE INDEX "FindingAction_ownerOrgId_idx" ON "FindingAction"("ownerOrgId");

-- CreateIndex
CREATE INDEX "FindingEvent_findingId_at_idx" ON "FindingEvent"("findingId", "at");

-- AddForeignKey
ALTER TABLE "TextAnswer" ADD CONSTRAINT "TextAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextTheme" ADD CONSTRAINT "TextTheme_textAnswerId_fkey" FOREIGN KEY ("textAnswerId") REFERENCES "TextAnswer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextTheme" ADD CONSTRAINT "TextTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingEvidence" ADD CONSTRAINT "FindingEvidence_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingEvidence" ADD CONSTRAINT "FindingEvidence_textAnswerId_fkey" FOREIGN KEY ("textAnswerId") REFERENCES "TextAnswer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingAction" ADD CONSTRAINT "FindingAction_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingEvent" ADD CONSTRAINT "FindingEvent_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
