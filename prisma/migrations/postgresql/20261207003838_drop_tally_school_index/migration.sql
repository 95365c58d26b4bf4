-- Every read of Tally names its survey versions, so the key (versionId, schoolId, ...) serves it;
-- SQLite's planner preferred this index for "versionId IN ... AND schoolId IN ..." and then looked up
-- each row by key again, and every tally upsert paid for a second b-tree (docs/decisions/020).
-- DropIndex
DROP INDEX "Tally_schoolId_idx";
