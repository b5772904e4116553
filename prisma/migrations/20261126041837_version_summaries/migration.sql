-- CreateTable
CREATE TABLE "VersionSummary" (
    "versionId" UUID NOT NULL,
    "checkpointId" UUID NOT NULL,
    "checkpointName" TEXT NOT NULL,
    "versionLabel" TEXT NOT NULL,
    "kind" "VersionKind" NOT NULL,
    "architectureKey" TEXT NOT NULL,
    "promptStyle" "PromptStyle",
    "releasedAt" DATE,
    "versionCreatedAt" TIMESTAMPTZ(3) NOT NULL,
    "searchTerms" TEXT[],
    "ownLicenses" JSONB NOT NULL DEFAULT '[]',
    "licenseKeys" TEXT[],
    "effectiveTerms" TEXT[],
    "violationCount" INTEGER NOT NULL DEFAULT 0,
    "activeUntil" TIMESTAMPTZ(3),
    "needsReviewUntil" TIMESTAMPTZ(3),
    "hasExpired" BOOLEAN NOT NULL DEFAULT false,
    "hasRevoked" BOOLEAN NOT NULL DEFAULT false,
    "requestState" "ReviewStatus",
    "syncedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VersionSummary_pkey" PRIMARY KEY ("versionId")
);

-- CreateTable
CREATE TABLE "VersionUseApproval" (
    "approvalId" UUID NOT NULL,
    "use" "IntendedUse" NOT NULL,
    "versionId" UUID NOT NULL,
    "teamId" UUID,
    "status" "ApprovalStatus" NOT NULL,
    "validUntil" TIMESTAMPTZ(3) NOT NULL,
    "waived" BOOLEAN NOT NULL,

    CONSTRAINT "VersionUseApproval_pkey" PRIMARY KEY ("approvalId","use")
);

-- CreateIndex
CREATE INDEX "VersionSummary_checkpointName_versionLabel_idx" ON "VersionSummary"("checkpointName", "versionLabel");

-- CreateIndex
CREATE INDEX "VersionSummary_architectureKey_checkpointName_idx" ON "VersionSummary"("architectureKey", "checkpointName");

-- CreateIndex
CREATE INDEX "VersionSummary_kind_checkpointName_idx" ON "VersionSummary"("kind", "checkpointName");

-- CreateIndex
CREATE INDEX "VersionSummary_releasedAt_idx" ON "VersionSummary"("releasedAt");

-- CreateIndex
CREATE INDEX "VersionSummary_versionCreatedAt_idx" ON "VersionSummary"("versionCreatedAt");

-- CreateIndex
CREATE INDEX "VersionSummary_activeUntil_idx" ON "VersionSummary"("activeUntil");

-- CreateIndex
CREATE INDEX "VersionSummary_searchTerms_idx" ON "VersionSummary" USING GIN ("searchTerms");

-- CreateIndex
CREATE INDEX "VersionSummary_licenseKeys_idx" ON "VersionSummary" USING GIN ("licenseKeys");

-- CreateIndex
CREATE INDEX "VersionSummary_effectiveTerms_idx" ON "VersionSummary" USING GIN ("effectiveTerms");

-- CreateIndex
CREATE INDEX "VersionUseApproval_use_validUntil_idx" ON "VersionUseApproval"("use", "validUntil");

-- CreateIndex
CREATE INDEX "VersionUseApproval_versionId_idx" ON "VersionUseApproval"("versionId");

-- AddForeignKey
ALTER TABLE "VersionSummary" ADD CONSTRAINT "VersionSummary_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CheckpointVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionUseApproval" ADD CONSTRAINT "VersionUseApproval_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "Approval"("id") ON DELETE CASCADE ON UPDATE CASCADE;
