-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "audiences" JSONB NOT NULL DEFAULT '["staff","student","parent"]';
