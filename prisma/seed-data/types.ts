// Shapes of the seed catalog. The data modules next to this file are plain values (no Prisma, no
// I/O) so that scripts, tests and `npm start` can read them without a database. The string unions
// mirror the Prisma enums; prisma/seed.ts passes them to Prisma, so the compiler keeps them in step.
import type { OrganisationConditionKey } from "@/lib/licensing/organisation-conditions";
import type { IntendedUse, LineageRelation, VersionKind } from "@/lib/licensing/vocabulary";
import type { StoredCreatorTerms } from "@/lib/schemas/version-facts";

export type ArchitectureKey = "SD1" | "SD2" | "SDXL" | "SD3" | "STABLE_CASCADE" | "FLUX1";
export type PromptStyle = "NATURAL_LANGUAGE" | "TAGS" | "HYBRID";
export type OrgRole = "ADMIN" | "LEGAL_REVIEWER" | "TECH_REVIEWER" | "AUDITOR";
export type TeamSlug = "creative-studio" | "ml-platform" | "research-lab";

export interface SeedArchitecture {
  key: ArchitectureKey;
  name: string;
  description: string;
  sortOrder: number;
}

/**
 * What a licence says about one use, read from its text (LICENSES.md). `basis` is the clause that
 * decides it ("RAIL-M §4 and Attachment A"), or, for UNKNOWN, why the use stays unknown (the text
 * is silent, or the fact is unverified). `conditionKeys` name the organisation conditions
 * (lib/licensing/organisation-conditions.ts) a team settles once.
 */
export type StatedTerm =
  | { status: "ALLOWED"; condition?: null; basis: string; conditionKeys?: undefined }
  | { status: "CONDITIONAL"; condition: string; basis: string; conditionKeys?: OrganisationConditionKey[] }
  | { status: "FORBIDDEN"; condition: string; basis: string; conditionKeys?: undefined }
  | { status: "UNKNOWN"; condition?: null; basis: string; conditionKeys?: undefined };

/** One revision of a licence's text, as the registry records it. Every intended use is stated. */
export interface SeedLicenseRevision {
  label: string | null;
  url: string | null;
  summary: string;
  passThroughRestrictions: boolean;
  restrictionsText: string | null;
  obligations: string[];
  terms: Record<IntendedUse, StatedTerm>;
}

export interface SeedLicense {
  /** An SPDX id, or `LicenseRef-<slug>` where SPDX has none. */
  key: string;
  name: string;
  /** Hugging Face `license:` / `license_name:` values and other spellings. */
  aliases: string[];
  /** Official license page, only where certain. */
  url: string | null;
  /** The revisions, oldest first; the last is current. `textSha256` stays null: no text was hashed. */
  revisions: SeedLicenseRevision[];
}

/** Creator-added terms in Civitai's vocabulary, as stored. Empty array / null = not stated (read as UNKNOWN). */
export type SeedCreatorTerms = StoredCreatorTerms;

/** A version by natural key: checkpoint slug + version label. */
export interface VersionRef {
  checkpoint: string;
  version: string;
}

export interface SeedParent extends VersionRef {
  relation: LineageRelation;
  /** Merge weight (0..1) of this parent; null when not a merge or not known. */
  weight: number | null;
}

export interface SeedVersion {
  version: string;
  kind: VersionKind;
  architectureKey: ArchitectureKey;
  publisher: string | null;
  /** Model page, only where certain. */
  sourceUrl: string | null;
  /** Only a hash known for certain; never invented. */
  sha256: string | null;
  bestFor: string | null;
  pros: string[];
  cons: string[];
  knownFlaws: string[];
  licenseNotes: string | null;
  nativeResolution: number | null;
  promptStyle: PromptStyle | null;
  /** Keys of the licenses this version itself declares (its own layers; ancestors' come via lineage). */
  licenseKeys: string[];
  /** Null: the version adds no creator layer (a lab's own release under its license). */
  creatorTerms: SeedCreatorTerms | null;
  parents: SeedParent[];
}

export interface SeedCheckpoint {
  slug: string;
  name: string;
  aliases: string[];
  description: string;
  versions: SeedVersion[];
}

export interface SeedTeam {
  slug: TeamSlug;
  name: string;
}

export interface DemoUser {
  email: string;
  name: string;
  /** Demo-only password, printed by `npm start`. */
  password: string;
  roles: OrgRole[];
  teams: TeamSlug[];
}

export type WaiverReason = "LICENSE_ACQUIRED" | "LEGAL_OPINION" | "NOT_APPLICABLE" | "OTHER";

/**
 * A demo approval, granted through the same code as a real one (grantApproval) after a review
 * request that a team member submitted and the demo legal and technical reviewers signed off.
 * Found again by version + team scope: the seed adds it only when that version has no approval for
 * that scope yet.
 */
export interface SeedApproval {
  version: VersionRef;
  /** The team that asked; with `allTeams` the approval covers every team. */
  team: TeamSlug;
  allTeams: boolean;
  /** Demo user who submitted the request (never one of the signers). */
  submitter: string;
  uses: IntendedUse[];
  justification: string;
  conditions: string[];
  /** Review-by date, in days from the day of seeding. */
  reviewByDays: number;
  /** Required for every use whose effective status is FORBIDDEN or UNKNOWN. */
  waivers: { use: IntendedUse; reason: WaiverReason; reference: string | null; comment: string; expiresInDays: number }[];
}
