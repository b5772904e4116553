// The shared vocabulary of terms, requests and approvals. The spellings mirror the Prisma enums
// (prisma/schema.prisma) so rows can be passed in without mapping; this file must not import Prisma
// because the engine also runs in the browser.

export const INTENDED_USES = [
  "INTERNAL_EXPLORATION",
  "COMMERCIAL_OUTPUTS",
  "HOSTED_SERVICE",
  "REDISTRIBUTE_WEIGHTS",
  "DERIVATIVES",
  "TRAIN_ON_OUTPUTS",
  "RESEARCH",
] as const;
export type IntendedUse = (typeof INTENDED_USES)[number];

export const TERM_STATUSES = ["ALLOWED", "CONDITIONAL", "FORBIDDEN", "UNKNOWN"] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** Civitai's `allowCommercialUse` values. */
export const COMMERCIAL_USES = ["NONE", "IMAGE", "RENT_CIVIT", "RENT", "SELL"] as const;
export type CommercialUse = (typeof COMMERCIAL_USES)[number];

export const VERSION_KINDS = ["BASE", "FINETUNE", "MERGE", "DISTILLED"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const LINEAGE_RELATIONS = ["FINETUNE", "MERGE", "DISTILL"] as const;
export type LineageRelation = (typeof LINEAGE_RELATIONS)[number];

export const INTENDED_USE_LABELS: Readonly<Record<IntendedUse, string>> = {
  INTERNAL_EXPLORATION: "Internal exploration",
  COMMERCIAL_OUTPUTS: "Commercial outputs",
  HOSTED_SERVICE: "Hosted service",
  REDISTRIBUTE_WEIGHTS: "Redistribute weights",
  DERIVATIVES: "Derivatives",
  TRAIN_ON_OUTPUTS: "Train on outputs",
  RESEARCH: "Research",
};

export const INTENDED_USE_DESCRIPTIONS: Readonly<Record<IntendedUse, string>> = {
  INTERNAL_EXPLORATION: "Generate images inside the team to try ideas; nothing leaves the company.",
  COMMERCIAL_OUTPUTS: "Use or sell generated images in paid work, products or marketing.",
  HOSTED_SERVICE: "Offer image generation with the model to others, e.g. as a paid web service or API.",
  REDISTRIBUTE_WEIGHTS: "Share, publish or sell the model file itself.",
  DERIVATIVES: "Fine-tune or merge on top of the model and use or share the result.",
  TRAIN_ON_OUTPUTS: "Use generated images to train or fine-tune other models.",
  RESEARCH: "Non-commercial research and evaluation.",
};

export const TERM_STATUS_LABELS: Readonly<Record<TermStatus, string>> = {
  ALLOWED: "Allowed",
  CONDITIONAL: "Conditional",
  FORBIDDEN: "Forbidden",
  UNKNOWN: "Unknown",
};

// UNKNOWN ranks above CONDITIONAL: a use nobody has stated must never look safer than one that
// is allowed under a known condition.
const RESTRICTIVENESS: Readonly<Record<TermStatus, number>> = {
  ALLOWED: 0,
  CONDITIONAL: 1,
  UNKNOWN: 2,
  FORBIDDEN: 3,
};

/** Negative when `a` is less restrictive than `b`, 0 when equal, positive when more restrictive. */
export function compareRestrictiveness(a: TermStatus, b: TermStatus): number {
  return RESTRICTIVENESS[a] - RESTRICTIVENESS[b];
}

export function mostRestrictive(a: TermStatus, b: TermStatus): TermStatus {
  return compareRestrictiveness(a, b) >= 0 ? a : b;
}

export function isIntendedUse(value: unknown): value is IntendedUse {
  return typeof value === "string" && (INTENDED_USES as readonly string[]).includes(value);
}

export function isTermStatus(value: unknown): value is TermStatus {
  return typeof value === "string" && (TERM_STATUSES as readonly string[]).includes(value);
}
