import type { IntendedUse } from "@/lib/licensing/vocabulary";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import type { Generator, ModelReference } from "@/lib/image-metadata/model-reference";

// The answer to "may we use this image for X?": approved only when the metadata names a checkpoint,
// every model it names (checkpoint, refiner, LoRAs) is identified in the catalogue as exactly one
// version, and each of those holds an approval for X right now for the team. Anything else — no
// metadata, an unknown or ambiguous model, a missing approval — is a plain "not approved" that says why.

/** The uses that concern a generated image (the others are about the model file itself). */
export const IMAGE_USES = ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION", "TRAIN_ON_OUTPUTS", "RESEARCH"] as const satisfies readonly IntendedUse[];
export type ImageUse = (typeof IMAGE_USES)[number];

export interface CatalogVersionRef {
  id: string;
  /** Checkpoint name and version label. */
  name: string;
  sha256: string | null;
  fileName: string | null;
}

export type MatchKind = "SHA256" | "AUTOV2" | "HASH_PREFIX" | "FILE_NAME" | "CIVITAI_NAME";

export const MATCH_KIND_LABELS: Readonly<Record<MatchKind, string>> = {
  SHA256: "by its full SHA-256",
  AUTOV2: "by its AutoV2 hash",
  HASH_PREFIX: "by its short hash",
  FILE_NAME: "by file name only (no hash matched)",
  CIVITAI_NAME: "by Civitai's model and version name only (no hash matched)",
};

export type Identification =
  | { status: "IDENTIFIED"; matchedBy: MatchKind; version: CatalogVersionRef }
  | { status: "NOT_IN_REGISTRY" }
  | { status: "AMBIGUOUS"; matchedBy: MatchKind; candidates: CatalogVersionRef[] }
  | { status: "UNIDENTIFIABLE" };

export interface UseApprovalFact {
  use: IntendedUse;
  approvalId: string;
  /** null: an approval for every team. */
  team: { slug: string; name: string } | null;
  conditions: string[];
  validUntil: string;
  waiver: { reason: string; expiresAt: string } | null;
}

export interface ModelCheck {
  reference: ModelReference;
  identification: Identification;
  /** Approvals of the identified version that hold now for the team (every use). */
  approvals: UseApprovalFact[];
}

export interface UseVerdict {
  use: ImageUse;
  approved: boolean;
  message: string;
}

export interface ImageCheckResult {
  status: "NO_METADATA" | "CHECKED";
  generator: Generator | null;
  team: { slug: string; name: string } | null;
  models: ModelCheck[];
  verdicts: UseVerdict[];
}

export function referenceLabel(reference: ModelReference): string {
  const name = reference.name ?? reference.civitai?.modelName ?? null;
  const role = reference.role === "lora" ? "LoRA" : "Checkpoint";
  if (name && reference.hash) return `${role} "${name}" (${reference.hash})`;
  if (name) return `${role} "${name}"`;
  if (reference.hash) return `${role} with hash ${reference.hash}`;
  if (reference.civitai?.modelVersionId) return `${role} Civitai version ${reference.civitai.modelVersionId}`;
  return `A ${role.toLowerCase()} without a name or hash`;
}

function forWhom(team: ImageCheckResult["team"]): string {
  return team ? `for your team (${team.name})` : "for every team";
}

/** The per-use answers for an image whose models have been looked up. */
export function imageVerdicts(hasMetadata: boolean, models: readonly ModelCheck[], team: ImageCheckResult["team"]): UseVerdict[] {
  return IMAGE_USES.map((use) => {
    const label = INTENDED_USE_LABELS[use].toLowerCase();
    const no = (why: string): UseVerdict => ({ use, approved: false, message: `Not approved for ${label} ${forWhom(team)}: ${why}` });
    if (!hasMetadata) return no("the file has no generation metadata, so nothing says which model made it.");
    if (!models.some((model) => model.reference.role === "checkpoint")) return no("its metadata names no checkpoint.");
    for (const model of models) {
      const { identification } = model;
      const what = referenceLabel(model.reference);
      if (identification.status === "UNIDENTIFIABLE") return no(`${what.charAt(0).toLowerCase()}${what.slice(1)} cannot be looked up.`);
      if (identification.status === "NOT_IN_REGISTRY") return no(`${what} is not in the registry.`);
      if (identification.status === "AMBIGUOUS") {
        return no(
          `${what} matches ${identification.candidates.length} catalogued versions (${identification.candidates.map((candidate) => candidate.name).join(", ")}); the registry cannot tell which one made it.`,
        );
      }
      if (!model.approvals.some((approval) => approval.use === use)) return no(`${identification.version.name} has no approval for it.`);
    }
    return { use, approved: true, message: `Approved for ${label} ${forWhom(team)}.` };
  });
}
