-- CreateTable
CREATE TABLE "CatalogEpoch" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "epoch" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogEpoch_pkey" PRIMARY KEY ("id")
);

-- The one row every instance reads.
INSERT INTO "CatalogEpoch" ("id", "epoch") VALUES (1, 0);

-- Every statement that changes a table the catalogue reads (browse, GET /api/v1/checkpoints) bumps
-- the epoch in its own transaction: a writer cannot forget it, and the new value becomes visible
-- exactly when the change does.
-- Lock order: the bump first takes the audit chain's transaction lock (the key of
-- lib/server/audit/record-audit-event.ts), which every audited write takes anyway, and only then
-- the epoch row's. So whichever a transaction writes first, its audit event or a catalogue table,
-- the two locks are always taken in one order and two writers cannot deadlock on them.
CREATE FUNCTION "catalog_epoch_bump"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1096107092);
  UPDATE "CatalogEpoch" SET "epoch" = "epoch" + 1 WHERE "id" = 1;
END;
$$;

CREATE FUNCTION "bump_catalog_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "catalog_epoch_bump"();
  RETURN NULL;
END;
$$;

CREATE TRIGGER "VersionSummary_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VersionSummary"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
CREATE TRIGGER "VersionUseApproval_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VersionUseApproval"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
CREATE TRIGGER "OrganisationFact_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OrganisationFact"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
CREATE TRIGGER "Team_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Team"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
CREATE TRIGGER "License_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "License"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
CREATE TRIGGER "Architecture_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Architecture"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
CREATE TRIGGER "CheckpointVersion_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CheckpointVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
-- Not read by the catalogue queries, but their review-by dates and waiver expiries bound how long a
-- cached result holds; every writer of these syncs the summaries in the same transaction anyway.
CREATE TRIGGER "Approval_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Approval"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
CREATE TRIGGER "Waiver_bump_catalog_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Waiver"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_catalog_epoch"();
