/** A checkpoint version as the engine names it. `name` is null for a version missing from the input. */
export type VersionRef = {
  id: string;
  name: string | null;
};

/** Where a term comes from: which layer of which version. */
export type LayerSource =
  | {
      kind: "license";
      versionId: string;
      versionName: string;
      licenseKey: string;
      licenseName: string;
      licenseVersionId: string;
      revision: number;
      /** Where the licence text can be read, when recorded. */
      licenseUrl: string | null;
    }
  | { kind: "creator-terms"; versionId: string; versionName: string }
  /** The version records no licence: every use is UNKNOWN on its account. */
  | { kind: "license-not-recorded"; versionId: string; versionName: string }
  /** A fine-tune, merge or distillation whose parents are not recorded: every use is UNKNOWN on its account. */
  | { kind: "lineage-not-recorded"; versionId: string; versionName: string }
  /** A parent the input does not contain: every use is UNKNOWN on its account. */
  | { kind: "version-not-found"; versionId: string; versionName: null };

export function layerSourceKey(source: LayerSource): string {
  return source.kind === "license" ? `license:${source.licenseVersionId}` : `${source.kind}:${source.versionId}`;
}
