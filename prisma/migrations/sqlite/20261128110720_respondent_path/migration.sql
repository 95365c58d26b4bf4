-- AlterTable
ALTER TABLE "Survey" ADD COLUMN "closesOn" TEXT;
ALTER TABLE "Survey" ADD COLUMN "opensOn" TEXT;

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
