import type { CreatorTermsInput } from "@/lib/licensing/creator-terms";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import type { LicenseLayerInput, LicenseTermInput, LineageParentInput, VersionInput } from "@/lib/licensing/lineage-input";
import { INTENDED_USES, type IntendedUse, type TermStatus, type VersionKind } from "@/lib/licensing/vocabulary";

type TermSpec = TermStatus | [TermStatus, string];

export function license(
  key: string,
  terms: Partial<Record<IntendedUse, TermSpec>>,
  options: { name?: string; passThrough?: boolean; restrictionsText?: string; obligations?: string[]; revision?: number } = {},
): LicenseLayerInput {
  const mapped: Partial<Record<IntendedUse, LicenseTermInput>> = {};
  for (const use of INTENDED_USES) {
    const spec = terms[use];
    if (spec === undefined) continue;
    mapped[use] = typeof spec === "string" ? { status: spec } : { status: spec[0], condition: spec[1] };
  }
  const revision = options.revision ?? 1;
  return {
    licenseKey: key,
    licenseName: options.name ?? key,
    licenseVersionId: `${key}@${revision}`,
    revision,
    passThroughRestrictions: options.passThrough ?? false,
    restrictionsText: options.restrictionsText ?? null,
    obligations: options.obligations ?? [],
    terms: mapped,
  };
}

export function everyUse(status: TermStatus): Record<IntendedUse, TermStatus> {
  return Object.fromEntries(INTENDED_USES.map((use) => [use, status])) as Record<IntendedUse, TermStatus>;
}

export function creator(flags: Partial<CreatorTermsInput> = {}): CreatorTermsInput {
  return {
    allowCommercialUse: [],
    allowNoCredit: null,
    allowDerivatives: null,
    allowDifferentLicense: null,
    ...flags,
  };
}

export function version(
  id: string,
  options: {
    name?: string;
    kind?: VersionKind;
    parents?: Array<string | LineageParentInput>;
    licenses?: LicenseLayerInput[];
    creatorTerms?: CreatorTermsInput | null;
  } = {},
): VersionInput {
  const parents = (options.parents ?? []).map((parent) => (typeof parent === "string" ? { parentId: parent, relation: "FINETUNE" as const } : parent));
  return {
    id,
    name: options.name ?? id,
    kind: options.kind ?? (parents.length === 0 ? "BASE" : parents.length > 1 ? "MERGE" : "FINETUNE"),
    parents,
    licenseLayers: options.licenses ?? [],
    creatorTerms: options.creatorTerms ?? null,
  };
}

export function graph(...versions: VersionInput[]): Record<string, VersionInput> {
  return Object.fromEntries(versions.map((entry) => [entry.id, entry]));
}

export function compute(subjectId: string, versions: Record<string, VersionInput>) {
  return computeEffectiveTerms({ subjectId, versions });
}

// Licences shaped after the real ones in seed/checkpoints-101.md (terms simplified for tests).

const RAIL_CONDITION = "comply with the use-based restrictions (Attachment A)";
export const OPENRAIL_RESTRICTIONS = "You may not use the model or its outputs for the uses listed in Attachment A.";

export const OPENRAIL_M = license(
  "LicenseRef-creativeml-openrail-m",
  {
    INTERNAL_EXPLORATION: "ALLOWED",
    COMMERCIAL_OUTPUTS: ["CONDITIONAL", RAIL_CONDITION],
    HOSTED_SERVICE: ["CONDITIONAL", RAIL_CONDITION],
    REDISTRIBUTE_WEIGHTS: ["CONDITIONAL", "include a copy of the licence and its use restrictions"],
    DERIVATIVES: ["CONDITIONAL", "pass the use-based restrictions on"],
    TRAIN_ON_OUTPUTS: "ALLOWED",
    RESEARCH: "ALLOWED",
  },
  {
    name: "CreativeML Open RAIL-M",
    passThrough: true,
    restrictionsText: OPENRAIL_RESTRICTIONS,
    obligations: ["Include a copy of the licence with any redistribution"],
  },
);

export const OPENRAIL_PP_M = {
  ...OPENRAIL_M,
  licenseKey: "LicenseRef-creativeml-openrail-pp-m",
  licenseName: "CreativeML Open RAIL++-M",
  licenseVersionId: "LicenseRef-creativeml-openrail-pp-m@1",
};

export const STABILITY_NON_COMMERCIAL = license(
  "LicenseRef-stability-ai-non-commercial-research-community",
  {
    INTERNAL_EXPLORATION: "ALLOWED",
    COMMERCIAL_OUTPUTS: "FORBIDDEN",
    HOSTED_SERVICE: "FORBIDDEN",
    REDISTRIBUTE_WEIGHTS: ["CONDITIONAL", "non-commercial use only"],
    DERIVATIVES: ["CONDITIONAL", "non-commercial use only"],
    TRAIN_ON_OUTPUTS: "UNKNOWN",
    RESEARCH: "ALLOWED",
  },
  { name: "Stability AI Non-Commercial Research Community License" },
);

export const PERMISSIVE = license("LicenseRef-permissive", everyUse("ALLOWED"), { name: "Permissive Test License" });
