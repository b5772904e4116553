-- AlterTable
ALTER TABLE "SignOff" ADD COLUMN     "conditions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reviewBy" TIMESTAMPTZ(3),
ADD COLUMN     "scopeAllTeams" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "waivers" JSONB NOT NULL DEFAULT '[]';
