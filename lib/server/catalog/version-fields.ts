import "server-only";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { creatorTermsInputSelect } from "@/lib/server/licensing/engine-input";

// The columns a version's forms write, read back for editing, audit diffs and display.

/** What a submission states about a version (VersionFacts in lib/schemas/submission.ts). */
export const submittedVersionFieldsSelect = {
  version: true,
  kind: true,
  architectureKey: true,
  publisher: true,
  sourceUrl: true,
  sha256: true,
  fileSizeBytes: true,
  fileName: true,
} satisfies Prisma.CheckpointVersionSelect;

/** Every field of the catalog's version form (VersionFields in lib/schemas/catalog.ts). */
export const versionFieldsSelect = {
  ...submittedVersionFieldsSelect,
  fileFormat: true,
  bestFor: true,
  pros: true,
  cons: true,
  knownFlaws: true,
  licenseNotes: true,
  nativeResolution: true,
  promptStyle: true,
  releasedAt: true,
} satisfies Prisma.CheckpointVersionSelect;

/** The fields of the creator-terms forms: the engine's flags and text, and where they were stated. */
export const creatorTermsFieldsSelect = {
  ...creatorTermsInputSelect,
  sourceUrl: true,
} satisfies Prisma.CreatorTermsSelect;
