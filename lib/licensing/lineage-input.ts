import type { CreatorTermsInput } from "@/lib/licensing/creator-terms";
import type { IntendedUse, LineageRelation, TermStatus, VersionKind } from "@/lib/licensing/vocabulary";

// The engine's input: plain data the data-access layer builds from database rows (CheckpointVersion,
// LineageEdge, VersionLicense -> LicenseVersion + LicenseTerm, CreatorTerms).

export type LicenseTermInput = {
  status: TermStatus;
  condition?: string | null;
};

export type LicenseLayerInput = {
  licenseKey: string;
  licenseName: string;
  licenseVersionId: string;
  revision: number;
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
};

export function lookupVersion(versions: VersionMap, id: string): VersionInput | undefined {
  if (versions instanceof Map) return versions.get(id);
  const record = versions as Readonly<Record<string, VersionInput>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
