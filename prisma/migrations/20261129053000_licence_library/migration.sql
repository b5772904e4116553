-- AlterTable
ALTER TABLE "LicenseTerm" ADD COLUMN     "basis" TEXT,
ADD COLUMN     "conditionKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "VersionSummary" ADD COLUMN     "conditionKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "OrganisationFact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "conditionKey" TEXT NOT NULL,
    "met" BOOLEAN NOT NULL,
    "evidenceReference" TEXT NOT NULL,
    "note" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewBy" TIMESTAMPTZ(3) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnById" UUID,
    "withdrawnReason" TEXT,
    "expiryHandledAt" TIMESTAMPTZ(3),

    CONSTRAINT "OrganisationFact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationFact_conditionKey_recordedAt_idx" ON "OrganisationFact"("conditionKey", "recordedAt");

-- CreateIndex
CREATE INDEX "OrganisationFact_reviewBy_idx" ON "OrganisationFact"("reviewBy");

-- CreateIndex
CREATE INDEX "VersionSummary_conditionKeys_idx" ON "VersionSummary" USING GIN ("conditionKeys");

-- AddForeignKey
ALTER TABLE "OrganisationFact" ADD CONSTRAINT "OrganisationFact_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationFact" ADD CONSTRAINT "OrganisationFact_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
