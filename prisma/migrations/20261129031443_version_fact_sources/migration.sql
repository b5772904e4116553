-- CreateEnum
CREATE TYPE "ImportSource" AS ENUM ('CIVITAI', 'HUGGING_FACE');

-- CreateEnum
CREATE TYPE "ImportVia" AS ENUM ('FETCHED', 'PASTED');

-- CreateTable
CREATE TABLE "VersionFactSource" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "versionId" UUID NOT NULL,
    "source" "ImportSource" NOT NULL,
    "via" "ImportVia" NOT NULL,
    "pageUrl" TEXT,
    "responseUrl" TEXT,
    "fetchedAt" TIMESTAMPTZ(3),
    "responseSha256" CHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VersionFactSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VersionFactSource_versionId_idx" ON "VersionFactSource"("versionId");

-- AddForeignKey
ALTER TABLE "VersionFactSource" ADD CONSTRAINT "VersionFactSource_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CheckpointVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
