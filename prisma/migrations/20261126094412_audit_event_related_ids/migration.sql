-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "relatedIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "AuditEvent_relatedIds_idx" ON "AuditEvent" USING GIN ("relatedIds");
