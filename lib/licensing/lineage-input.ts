import type { CreatorTermsInput } from "@/lib/licensing/creator-terms";
import type { OrganisationFactInput } from "@/lib/licensing/organisation-conditions";
import type { IntendedUse, LineageRelation, TermStatus, VersionKind } from "@/lib/licensing/vocabulary";

// The engine's input: plain data the data-access layer builds from database rows (CheckpointVersion,
// LineageEdge, VersionLicense -> LicenseVersion + LicenseTerm, CreatorTerms).

export type LicenseTermInput = {
  status: TermStatus;
  condition?: string | null;
  /** The clause that decides the use, e.g. "RAIL-M §4 and Attachment A". */
  basis?: string | null;
  /** Organisation conditions (organisation-conditions.ts) the term depends on. */
  conditionKeys?: readonly string[];
};

export type LicenseLayerInput = {
  licenseKey: string;
  licenseName: string;
  licenseVersionId: string;
  revision: number;
  /** Where the licence text can be read. */
  url?: string | null;
  /** Use-based restrictions that derivatives must carry on (OpenRAIL). */
  passThroughRestrictions: boolean;
  restrictionsText?: string | null;
  obligations: readonly string[];
  /** A missing use means the licence does not speak to it. */
  terms: Readonly<Partial<Record<IntendedUse, LicenseTermInput>>>;
};

export type LineageParentInput = {
  parentId: string;
  relation: LineageRelation;
  weight?: number | null;
};

export type VersionInput = {
  id: string;
  /** Display name, e.g. "SDXL 1.0". */
  name: string;
  kind: VersionKind;
  parents: readonly LineageParentInput[];
  licenseLayers: readonly LicenseLayerInput[];
  creatorTerms: CreatorTermsInput | null;
};

export type VersionMap = ReadonlyMap<string, VersionInput> | Readonly<Record<string, VersionInput>>;

export type EffectiveTermsInput = {
  subjectId: string;
  /** The subject and as many of its ancestors as are known, by id. */
  versions: VersionMap;
  /** The organisation's facts that hold now; a keyed condition with a fact that says "met" is met. */
  organisationFacts?: readonly OrganisationFactInput[];
};

export function lookupVersion(versions: VersionMap, id: string): VersionInput | undefined {
  if (versions instanceof Map) return versions.get(id);
  const record = versions as Readonly<Record<string, VersionInput>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
