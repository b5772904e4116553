import type { BomApproval, BomLicense, BomScope, BomVersion } from "@/lib/bom/bom-input";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";

// The parts of a CycloneDX 1.6 document this registry writes. @cyclonedx/cyclonedx-library (10.x)
// was tried first: its Component model has no `pedigree`, and ancestors through the lineage are the
// point of an ML-BOM here. So the document is plain typed data, validated against the official 1.6
// JSON schema in the tests (tests/fixtures/cyclonedx/).

export const CYCLONEDX_SCHEMA = "http://cyclonedx.org/schema/bom-1.6.schema.json";
/** Namespace of this registry's `properties` (CycloneDX property names are free text; a prefix keeps them apart). */
export const PROPERTY_NAMESPACE = "checkpoint-registry";

export interface CdxProperty {
  name: string;
  value: string;
}

export interface CdxLicenseChoice {
  license: { name: string; url?: string; acknowledgement: "concluded" | "declared" };
}

export interface CdxExternalReference {
  type: "distribution" | "documentation" | "license" | "bom" | "other";
  url: string;
  comment?: string;
}

export interface CdxComponent {
  type: "machine-learning-model";
  "bom-ref"?: string;
  name: string;
  version: string;
  group?: string;
  publisher?: string;
  description?: string;
  hashes?: { alg: "SHA-256"; content: string }[];
  licenses?: CdxLicenseChoice[];
  externalReferences?: CdxExternalReference[];
  pedigree?: { ancestors: CdxComponent[] };
  properties?: CdxProperty[];
}

export interface CycloneDxBom {
  $schema: typeof CYCLONEDX_SCHEMA;
  bomFormat: "CycloneDX";
  specVersion: "1.6";
  serialNumber: string;
  version: 1;
  metadata: {
    timestamp: string;
    tools: { components: { type: "application"; name: string; group?: string }[] };
    properties: CdxProperty[];
  };
  components: CdxComponent[];
}

export interface BuildBomOptions {
  /** Absolute origin of the registry, for links to its pages (e.g. https://registry.example.com). */
  origin: string;
  /** Random v4 UUID for serialNumber (passed in, so the builder stays pure). */
  serialUuid: string;
  now: Date;
  /** Set for a team BOM: only these approvals are listed and each component says it is approved. */
  scope?: BomScope;
}

/**
 * A CycloneDX 1.6 ML-BOM: one `machine-learning-model` component per version in `rootIds`, each
 * with its SHA-256, the licences concluded for it (its own layers and every ancestor's: a
 * derivative carries its bases' licences), links, its lineage as nested `pedigree.ancestors`, and
 * its effective terms and approvals per use as namespaced properties. `versions` holds the roots
 * and all their ancestors.
 */
export function buildCycloneDxBom(rootIds: readonly string[], versions: ReadonlyMap<string, BomVersion>, options: BuildBomOptions): CycloneDxBom {
  const metadataProperties: CdxProperty[] = [prop("generated-at", options.now.toISOString())];
  if (options.scope) {
    metadataProperties.push(prop("scope:team", options.scope.team?.slug ?? "*"));
    if (options.scope.use) metadataProperties.push(prop("scope:use", options.scope.use));
  }
  return {
    $schema: CYCLONEDX_SCHEMA,
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${options.serialUuid}`,
    version: 1,
    metadata: {
      timestamp: options.now.toISOString(),
      tools: { components: [{ type: "application", name: "Checkpoint Registry", group: PROPERTY_NAMESPACE }] },
      properties: metadataProperties,
    },
    components: rootIds.flatMap((id) => {
      const version = versions.get(id);
      return version ? [rootComponent(version, versions, options)] : [];
    }),
  };
}

function rootComponent(version: BomVersion, versions: ReadonlyMap<string, BomVersion>, options: BuildBomOptions): CdxComponent {
  const component = baseComponent(version, versions, options);
  const ancestors = ancestorComponents(version, versions, options, new Set([version.id]));
  return {
    ...component,
    "bom-ref": `${PROPERTY_NAMESPACE}:version:${version.id}`,
    ...(ancestors.length > 0 ? { pedigree: { ancestors } } : {}),
    properties: [...(component.properties ?? []), ...approvalProperties(version.approvals, options.scope)],
  };
}

/** Parents, each with its own parents nested, through the whole lineage; a cycle stops at the repeat. */
function ancestorComponents(version: BomVersion, versions: ReadonlyMap<string, BomVersion>, options: BuildBomOptions, path: Set<string>): CdxComponent[] {
  return version.parents.flatMap((edge) => {
    const parent = versions.get(edge.id);
    if (!parent || path.has(parent.id)) return [];
    const nested = ancestorComponents(parent, versions, options, new Set([...path, parent.id]));
    const component = baseComponent(parent, versions, options);
    return [
      {
        ...component,
        ...(nested.length > 0 ? { pedigree: { ancestors: nested } } : {}),
        properties: [
          ...(component.properties ?? []),
          prop("lineage:relation", edge.relation),
          ...(edge.weight === null ? [] : [prop("lineage:weight", String(edge.weight))]),
        ],
      },
    ];
  });
}

function baseComponent(version: BomVersion, versions: ReadonlyMap<string, BomVersion>, options: BuildBomOptions): CdxComponent {
  const licenses = concludedLicenses(version, versions);
  const links: CdxExternalReference[] = [
    { type: "documentation", url: `${options.origin}/checkpoints/${version.id}`, comment: "Checkpoint Registry: lineage, licence stack and approvals" },
  ];
  if (version.sourceUrl) links.push({ type: "distribution", url: version.sourceUrl, comment: "Where the publisher distributes the weights" });
  if (version.creatorTermsUrl) links.push({ type: "license", url: version.creatorTermsUrl, comment: "The creator's own terms" });
  const properties: CdxProperty[] = [
    prop("version-id", version.id),
    prop("kind", version.kind),
    prop("architecture", version.architecture),
    ...(version.fileName ? [prop("file:name", version.fileName)] : []),
    ...(version.fileSizeBytes === null ? [] : [prop("file:size-bytes", String(version.fileSizeBytes))]),
    ...INTENDED_USES.flatMap((use) => (version.effective[use] ? [prop(`use:${use}:effective-status`, version.effective[use]!)] : [])),
  ];
  return {
    type: "machine-learning-model",
    name: version.checkpointName,
    version: version.version,
    ...(version.publisher ? { publisher: version.publisher } : {}),
    ...(version.description ? { description: version.description } : {}),
    ...(version.sha256 ? { hashes: [{ alg: "SHA-256" as const, content: version.sha256 }] } : {}),
    ...(licenses.length > 0 ? { licenses: licenses.map(licenseChoice) } : {}),
    externalReferences: links,
    properties,
  };
}

/** The version's own licence layers and every ancestor's, once each (by key), own first. */
function concludedLicenses(version: BomVersion, versions: ReadonlyMap<string, BomVersion>): BomLicense[] {
  const seen = new Map<string, BomLicense>();
  const visited = new Set<string>();
  const queue = [version];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (visited.has(current.id)) continue;
    visited.add(current.id);
    for (const license of current.licenses) if (!seen.has(license.key)) seen.set(license.key, license);
    for (const parent of current.parents) {
      const next = versions.get(parent.id);
      if (next) queue.push(next);
    }
  }
  return [...seen.values()];
}

function licenseChoice(license: BomLicense): CdxLicenseChoice {
  return { license: { name: `${license.name} (${license.key})`, ...(license.url ? { url: license.url } : {}), acknowledgement: "concluded" } };
}

/**
 * Per use: the approvals that cover it (state, team, until when), their conditions and waivers.
 * In a team BOM only the approvals that count for the team and use right now are listed, and
 * `use:<USE>:approved` says so; a version BOM lists every approval with its state.
 */
function approvalProperties(approvals: readonly BomApproval[], scope: BomScope | undefined): CdxProperty[] {
  const properties: CdxProperty[] = [];
  for (const use of INTENDED_USES) {
    if (scope?.use && use !== scope.use) continue;
    const covering = approvals.filter((approval) => approval.uses.some((entry) => entry.use === use));
    if (scope) properties.push(prop(`use:${use}:approved`, String(covering.some((approval) => approval.state === "ACTIVE"))));
    for (const approval of covering) {
      const until = validUntil(approval, use);
      properties.push(
        prop(
          `use:${use}:approval`,
          `${approval.id} state=${approval.state} team=${approval.team?.slug ?? "*"} granted=${approval.grantedAt.toISOString()} until=${until.toISOString()}`,
        ),
      );
      const useCondition = approval.uses.find((entry) => entry.use === use)?.condition;
      for (const condition of new Set([...approval.conditions, ...(useCondition ? [useCondition] : [])]))
        properties.push(prop(`use:${use}:condition`, condition));
      for (const waiver of approval.waivers.filter((entry) => entry.use === use)) {
        properties.push(prop(`use:${use}:waiver`, `${waiver.reason} expires=${waiver.expiresAt.toISOString()}`));
      }
    }
  }
  return properties;
}

function validUntil(approval: BomApproval, use: string): Date {
  const waiver = approval.waivers.find((entry) => entry.use === use);
  return waiver && waiver.expiresAt < approval.reviewBy ? waiver.expiresAt : approval.reviewBy;
}

function prop(name: string, value: string): CdxProperty {
  return { name: `${PROPERTY_NAMESPACE}:${name}`, value };
}

/** File name for a download: `<slug>-<version>.cdx.json` or `approved-<team>-<use>.cdx.json`. */
export function bomFileName(parts: string[]): string {
  return `${parts
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join("-")}.cdx.json`;
}
