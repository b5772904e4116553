-- DropIndex
DROP INDEX "VersionSummary_checkpointName_versionLabel_idx";

-- DropIndex
DROP INDEX "VersionSummary_architectureKey_checkpointName_idx";

-- DropIndex
DROP INDEX "VersionSummary_kind_checkpointName_idx";

-- AlterTable
ALTER TABLE "VersionSummary" ADD COLUMN     "approvedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "approvedUses" TEXT[];

-- CreateIndex
CREATE INDEX "VersionSummary_name_sort_idx" ON "VersionSummary"("checkpointName", "versionLabel", "versionId", "approvedUntil", "approvedUses");

-- CreateIndex
CREATE INDEX "VersionSummary_architectureKey_sort_idx" ON "VersionSummary"("architectureKey", "checkpointName", "versionLabel", "versionId", "approvedUntil", "approvedUses");

-- CreateIndex
CREATE INDEX "VersionSummary_kind_checkpointName_versionLabel_versionId_idx" ON "VersionSummary"("kind", "checkpointName", "versionLabel", "versionId");

-- CreateIndex
CREATE INDEX "VersionSummary_approvedUses_idx" ON "VersionSummary" USING GIN ("approvedUses");

-- Backfill from VersionUseApproval for summaries written before these columns existed (the same
-- rule as syncVersionSummaries: approvals ACTIVE and holding now, per use, any team and per team).
UPDATE "VersionSummary" s
SET "approvedUses" = a.uses, "approvedUntil" = a.until
FROM (
  SELECT "versionId", array_agg(DISTINCT entry ORDER BY entry) AS uses, min("validUntil") AS until
  FROM (
    SELECT "versionId", "use"::text AS entry, "validUntil" FROM "VersionUseApproval" WHERE "status" = 'ACTIVE' AND "validUntil" > now()
    UNION ALL
    SELECT "versionId", "use"::text || '@' || coalesce("teamId"::text, '*'), "validUntil" FROM "VersionUseApproval" WHERE "status" = 'ACTIVE' AND "validUntil" > now()
  ) entries
  GROUP BY "versionId"
) a
WHERE s."versionId" = a."versionId";
UPDATE "VersionSummary" SET "approvedUses" = ARRAY[]::text[] WHERE "approvedUses" IS NULL;
