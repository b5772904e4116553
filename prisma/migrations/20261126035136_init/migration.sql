-- CreateEnum
CREATE TYPE "VersionKind" AS ENUM ('BASE', 'FINETUNE', 'MERGE', 'DISTILLED');

-- CreateEnum
CREATE TYPE "PromptStyle" AS ENUM ('NATURAL_LANGUAGE', 'TAGS', 'HYBRID');

-- CreateEnum
CREATE TYPE "LineageRelation" AS ENUM ('FINETUNE', 'MERGE', 'DISTILL');

-- CreateEnum
CREATE TYPE "IntendedUse" AS ENUM ('INTERNAL_EXPLORATION', 'COMMERCIAL_OUTPUTS', 'HOSTED_SERVICE', 'REDISTRIBUTE_WEIGHTS', 'DERIVATIVES', 'TRAIN_ON_OUTPUTS', 'RESEARCH');

-- CreateEnum
CREATE TYPE "TermStatus" AS ENUM ('ALLOWED', 'CONDITIONAL', 'FORBIDDEN', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "CommercialUse" AS ENUM ('NONE', 'IMAGE', 'RENT_CIVIT', 'RENT', 'SELL');

-- CreateEnum
CREATE TYPE "OrgRole" AS ENUM ('ADMIN', 'LEGAL_REVIEWER', 'TECH_REVIEWER', 'AUDITOR');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SignOffCapacity" AS ENUM ('LEGAL', 'TECHNICAL');

-- CreateEnum
CREATE TYPE "SignOffDecision" AS ENUM ('APPROVE', 'REJECT', 'REQUEST_CHANGES');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('ACTIVE', 'NEEDS_REVIEW', 'REVOKED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "WaiverReason" AS ENUM ('LICENSE_ACQUIRED', 'LEGAL_OPINION', 'NOT_APPLICABLE', 'OTHER');

-- CreateTable
CREATE TABLE "Architecture" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Architecture_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Checkpoint" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckpointVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "checkpointId" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "kind" "VersionKind" NOT NULL,
    "architectureKey" TEXT NOT NULL,
    "publisher" TEXT,
    "sourceUrl" TEXT,
    "sha256" CHAR(64),
    "fileSizeBytes" BIGINT,
    "fileName" TEXT,
    "fileFormat" TEXT,
    "bestFor" TEXT,
    "pros" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "cons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "knownFlaws" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "licenseNotes" TEXT,
    "nativeResolution" INTEGER,
    "promptStyle" "PromptStyle",
    "releasedAt" DATE,
    "createdById" UUID,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckpointVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LineageEdge" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "parentId" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "relation" "LineageRelation" NOT NULL,
    "weight" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LineageEdge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "License" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "url" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "License_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenseVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "licenseId" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "label" TEXT,
    "textSha256" CHAR(64),
    "url" TEXT,
    "summary" TEXT,
    "passThroughRestrictions" BOOLEAN NOT NULL DEFAULT false,
    "restrictionsText" TEXT,
    "obligations" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenseVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenseTerm" (
    "licenseVersionId" UUID NOT NULL,
    "use" "IntendedUse" NOT NULL,
    "status" "TermStatus" NOT NULL,
    "condition" TEXT,

    CONSTRAINT "LicenseTerm_pkey" PRIMARY KEY ("licenseVersionId","use")
);

-- CreateTable
CREATE TABLE "VersionLicense" (
    "versionId" UUID NOT NULL,
    "licenseId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VersionLicense_pkey" PRIMARY KEY ("versionId","licenseId")
);

-- CreateTable
CREATE TABLE "CreatorTerms" (
    "versionId" UUID NOT NULL,
    "allowCommercialUse" "CommercialUse"[] DEFAULT ARRAY[]::"CommercialUse"[],
    "allowNoCredit" BOOLEAN,
    "allowDerivatives" BOOLEAN,
    "allowDifferentLicense" BOOLEAN,
    "text" TEXT,
    "sourceUrl" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CreatorTerms_pkey" PRIMARY KEY ("versionId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "roles" "OrgRole"[] DEFAULT ARRAY[]::"OrgRole"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "teamId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "teamId" UUID NOT NULL,
    "submitterId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "requestedUses" "IntendedUse"[],
    "justification" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'SUBMITTED',
    "round" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "checks" JSONB NOT NULL DEFAULT '[]',
    "detectedArchitecture" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignOff" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "requestId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "capacity" "SignOffCapacity" NOT NULL,
    "decision" "SignOffDecision" NOT NULL,
    "comment" TEXT,
    "round" INTEGER NOT NULL,
    "effectiveTerms" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "versionId" UUID NOT NULL,
    "requestId" UUID,
    "teamId" UUID,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'ACTIVE',
    "conditions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reviewBy" TIMESTAMPTZ(3) NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effectiveTerms" JSONB NOT NULL,
    "creatorTermsRevisions" JSONB NOT NULL DEFAULT '{}',
    "needsReviewReason" TEXT,
    "needsReviewSince" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,
    "revokedById" UUID,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalUse" (
    "approvalId" UUID NOT NULL,
    "use" "IntendedUse" NOT NULL,
    "statusAtApproval" "TermStatus" NOT NULL,
    "condition" TEXT,

    CONSTRAINT "ApprovalUse_pkey" PRIMARY KEY ("approvalId","use")
);

-- CreateTable
CREATE TABLE "ApprovalLicense" (
    "approvalId" UUID NOT NULL,
    "licenseVersionId" UUID NOT NULL,

    CONSTRAINT "ApprovalLicense_pkey" PRIMARY KEY ("approvalId","licenseVersionId")
);

-- CreateTable
CREATE TABLE "Waiver" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "approvalId" UUID NOT NULL,
    "use" "IntendedUse" NOT NULL,
    "reason" "WaiverReason" NOT NULL,
    "reference" TEXT,
    "comment" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "grantedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Waiver_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "teamId" UUID,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "prevHash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Checkpoint_slug_key" ON "Checkpoint"("slug");

-- CreateIndex
CREATE INDEX "Checkpoint_name_idx" ON "Checkpoint"("name");

-- CreateIndex
CREATE INDEX "CheckpointVersion_architectureKey_idx" ON "CheckpointVersion"("architectureKey");

-- CreateIndex
CREATE INDEX "CheckpointVersion_kind_idx" ON "CheckpointVersion"("kind");

-- CreateIndex
CREATE INDEX "CheckpointVersion_sha256_idx" ON "CheckpointVersion"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "CheckpointVersion_checkpointId_version_key" ON "CheckpointVersion"("checkpointId", "version");

-- CreateIndex
CREATE INDEX "LineageEdge_childId_idx" ON "LineageEdge"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "LineageEdge_parentId_childId_key" ON "LineageEdge"("parentId", "childId");

-- CreateIndex
CREATE UNIQUE INDEX "License_key_key" ON "License"("key");

-- CreateIndex
CREATE UNIQUE INDEX "LicenseVersion_licenseId_revision_key" ON "LicenseVersion"("licenseId", "revision");

-- CreateIndex
CREATE INDEX "VersionLicense_licenseId_idx" ON "VersionLicense"("licenseId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "ReviewRequest_status_submittedAt_idx" ON "ReviewRequest"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_teamId_idx" ON "ReviewRequest"("teamId");

-- CreateIndex
CREATE INDEX "ReviewRequest_submitterId_idx" ON "ReviewRequest"("submitterId");

-- CreateIndex
CREATE INDEX "ReviewRequest_versionId_idx" ON "ReviewRequest"("versionId");

-- CreateIndex
CREATE INDEX "SignOff_reviewerId_idx" ON "SignOff"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "SignOff_requestId_round_capacity_key" ON "SignOff"("requestId", "round", "capacity");

-- CreateIndex
CREATE UNIQUE INDEX "Approval_requestId_key" ON "Approval"("requestId");

-- CreateIndex
CREATE INDEX "Approval_versionId_status_idx" ON "Approval"("versionId", "status");

-- CreateIndex
CREATE INDEX "Approval_status_reviewBy_idx" ON "Approval"("status", "reviewBy");

-- CreateIndex
CREATE INDEX "Approval_teamId_idx" ON "Approval"("teamId");

-- CreateIndex
CREATE INDEX "ApprovalUse_use_idx" ON "ApprovalUse"("use");

-- CreateIndex
CREATE INDEX "ApprovalLicense_licenseVersionId_idx" ON "ApprovalLicense"("licenseVersionId");

-- CreateIndex
CREATE INDEX "Waiver_expiresAt_idx" ON "Waiver"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Waiver_approvalId_use_key" ON "Waiver"("approvalId", "use");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_teamId_idx" ON "AuditEvent"("teamId");

-- AddForeignKey
ALTER TABLE "CheckpointVersion" ADD CONSTRAINT "CheckpointVersion_checkpointId_fkey" FOREIGN KEY ("checkpointId") REFERENCES "Checkpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointVersion" ADD CONSTRAINT "CheckpointVersion_architectureKey_fkey" FOREIGN KEY ("architectureKey") REFERENCES "Architecture"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointVersion" ADD CONSTRAINT "CheckpointVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineageEdge" ADD CONSTRAINT "LineageEdge_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "CheckpointVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LineageEdge" ADD CONSTRAINT "LineageEdge_childId_fkey" FOREIGN KEY ("childId") REFERENCES "CheckpointVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseVersion" ADD CONSTRAINT "LicenseVersion_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseVersion" ADD CONSTRAINT "LicenseVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenseTerm" ADD CONSTRAINT "LicenseTerm_licenseVersionId_fkey" FOREIGN KEY ("licenseVersionId") REFERENCES "LicenseVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionLicense" ADD CONSTRAINT "VersionLicense_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CheckpointVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionLicense" ADD CONSTRAINT "VersionLicense_licenseId_fkey" FOREIGN KEY ("licenseId") REFERENCES "License"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorTerms" ADD CONSTRAINT "CreatorTerms_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CheckpointVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CheckpointVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReviewRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CheckpointVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReviewRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalUse" ADD CONSTRAINT "ApprovalUse_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "Approval"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalLicense" ADD CONSTRAINT "ApprovalLicense_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "Approval"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalLicense" ADD CONSTRAINT "ApprovalLicense_licenseVersionId_fkey" FOREIGN KEY ("licenseVersionId") REFERENCES "LicenseVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "Approval"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waiver" ADD CONSTRAINT "Waiver_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Audit events are append-only: the database itself refuses to change or remove them.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
