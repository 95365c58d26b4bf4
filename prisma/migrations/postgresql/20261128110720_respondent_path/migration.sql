-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "closesOn" TEXT,
ADD COLUMN     "opensOn" TEXT;

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
