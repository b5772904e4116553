import "server-only";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import type { CreatorTermsInput } from "@/lib/licensing/creator-terms";
import type { LicenseLayerInput, LicenseTermInput, VersionInput } from "@/lib/licensing/lineage-input";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

// The one reading of database rows as the license engine's input. loadLineageFacts (one lineage),
// the bulk loader behind syncVersionSummaries and the would-be-version checks all build from these,
// so a version gets the same terms whichever path computed them.

/** A license as an engine layer: its current (highest) revision is the one a version declaring it is bound by. */
export const licenseLayerSelect = {
  key: true,
  name: true,
  versions: {
    orderBy: { revision: "desc" },
    take: 1,
    select: {
      id: true,
      revision: true,
      url: true,
      passThroughRestrictions: true,
      restrictionsText: true,
      obligations: true,
      terms: { select: { use: true, status: true, condition: true, basis: true, conditionKeys: true } },
    },
  },
} satisfies Prisma.LicenseSelect;

export const creatorTermsInputSelect = {
  allowCommercialUse: true,
  allowNoCredit: true,
  allowDerivatives: true,
  allowDifferentLicense: true,
  text: true,
} satisfies Prisma.CreatorTermsSelect;

/** What a version row needs for toVersionInput; callers spread it and add their own fields. */
export const versionInputSelect = {
  id: true,
  version: true,
  kind: true,
  checkpoint: { select: { name: true } },
  parentEdges: { select: { parentId: true, relation: true, weight: true } },
  licenses: { select: { license: { select: licenseLayerSelect } } },
  creatorTerms: { select: creatorTermsInputSelect },
} satisfies Prisma.CheckpointVersionSelect;

type LicenseLayerRow = Prisma.LicenseGetPayload<{ select: typeof licenseLayerSelect }>;
type CreatorTermsRow = Prisma.CreatorTermsGetPayload<{ select: typeof creatorTermsInputSelect }>;
type VersionInputRow = Prisma.CheckpointVersionGetPayload<{ select: typeof versionInputSelect }>;

/** null for a license that has no revision yet: it contributes no layer. */
export function toLicenseLayerInput(license: LicenseLayerRow): LicenseLayerInput | null {
  const current = license.versions[0];
  if (!current) return null;
  const terms: Partial<Record<IntendedUse, LicenseTermInput>> = {};
  for (const term of current.terms) {
    terms[term.use] = { status: term.status, condition: term.condition, basis: term.basis, conditionKeys: term.conditionKeys };
  }
  return {
    licenseKey: license.key,
    licenseName: license.name,
    licenseVersionId: current.id,
    revision: current.revision,
    url: current.url,
    passThroughRestrictions: current.passThroughRestrictions,
    restrictionsText: current.restrictionsText,
    obligations: current.obligations,
    terms,
  };
}

export function toCreatorTermsInput(row: CreatorTermsRow): CreatorTermsInput {
  return {
    allowCommercialUse: row.allowCommercialUse,
    allowNoCredit: row.allowNoCredit,
    allowDerivatives: row.allowDerivatives,
    allowDifferentLicense: row.allowDifferentLicense,
    text: row.text,
  };
}

export function toVersionInput(row: VersionInputRow): VersionInput {
  return {
    id: row.id,
    name: `${row.checkpoint.name} ${row.version}`,
    kind: row.kind,
    parents: row.parentEdges.map((edge) => ({ parentId: edge.parentId, relation: edge.relation, weight: edge.weight })),
    licenseLayers: row.licenses.flatMap(({ license }) => {
      const layer = toLicenseLayerInput(license);
      return layer ? [layer] : [];
    }),
    creatorTerms: row.creatorTerms ? toCreatorTermsInput(row.creatorTerms) : null,
  };
}
