-- Hand-written (no schema change; Prisma does not model WITHOUT ROWID, and its drift check ignores
-- it): Tally and DailyCount become clustered on their primary keys (docs/decisions/016). A summary
-- reads all rows of a version (or of some schools) in key order; in a rowid table each index entry
-- cost a second b-tree lookup, and the rows of one survey lay scattered among every other's.
-- Upserts touch one b-tree instead of two.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Tally" (
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
) WITHOUT ROWID;
INSERT INTO "new_Tally" ("versionId", "schoolId", "audience", "question", "row", "value", "count", "sum")
SELECT "versionId", "schoolId", "audience", "question", "row", "value", "count", "sum" FROM "Tally";
DROP TABLE "Tally";
ALTER TABLE "new_Tally" RENAME TO "Tally";
CREATE INDEX "Tally_schoolId_idx" ON "Tally"("schoolId");
CREATE TABLE "new_DailyCount" (
    "versionId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("versionId", "schoolId", "audience", "day"),
    CONSTRAINT "DailyCount_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_DailyCount" ("versionId", "schoolId", "audience", "day", "count")
SELECT "versionId", "schoolId", "audience", "day", "count" FROM "DailyCount";
DROP TABLE "DailyCount";
ALTER TABLE "new_DailyCount" RENAME TO "DailyCount";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
