import type { EffectiveUseTerm, Provenance } from "@/lib/licensing/effective-terms";
import type { LayerSource, VersionRef } from "@/lib/licensing/layer-source";
import type { LineageViolation } from "@/lib/licensing/lineage-violation";
import { INTENDED_USE_LABELS, TERM_STATUS_LABELS, type LineageRelation, type VersionKind } from "@/lib/licensing/vocabulary";

// Plain-language wording shared by the detail page, the review page, the API and the notice, so a
// reviewer reads the same sentence everywhere.

export function describeVersion(version: VersionRef): string {
  return version.name ?? `unknown version ${version.id}`;
}

export function describeLayerSource(source: LayerSource): string {
  switch (source.kind) {
    case "license":
      return `${source.licenseName} (licence of ${source.versionName})`;
    case "creator-terms":
      return `creator terms of ${source.versionName}`;
    case "license-not-recorded":
      return `no licence recorded for ${source.versionName}`;
    case "version-not-found":
      return `ancestor ${source.versionId}, which is not in the registry`;
    case "lineage-not-recorded":
      return `no parent recorded for ${source.versionName}`;
  }
}

/** E.g. "Commercial outputs: Forbidden, by Stability AI Non-Commercial Research Community License (licence of Stable Cascade)". */
export function explainUseTerm(term: EffectiveUseTerm): string {
  const sources = term.provenance.map(describeProvenance).join("; ");
  const conditions = term.conditions.length > 0 ? ` Conditions: ${term.conditions.join("; ")}.` : "";
  return `${INTENDED_USE_LABELS[term.use]}: ${TERM_STATUS_LABELS[term.status]}, by ${sources}.${conditions}`;
}

/** One provenance entry, saying so when the layer is silent on the use rather than stating it. */
export function describeProvenance(entry: Provenance): string {
  const silent = entry.source.kind === "license" && !entry.stated;
  return `${describeLayerSource(entry.source)}${silent ? ", which does not state this use" : ""}`;
}

export function describeViolation(violation: LineageViolation): string {
  switch (violation.code) {
    case "DERIVATIVE_OF_NO_DERIVATIVES":
      return `${describeVersion(violation.child)} ${RELATION_PHRASES[violation.relation]} ${describeVersion(violation.parent)}, which forbids derivatives (${violation.forbiddenBy.map(describeOwnLayer).join("; ")}).`;
    case "MORE_PERMISSIVE_THAN_PASS_THROUGH":
      return `${describeVersion(violation.child)} declares ${INTENDED_USE_LABELS[violation.use]} ${TERM_STATUS_LABELS[violation.declared]} (${violation.declaredBy.map(describeLayerSource).join("; ")}), but it must keep the terms of ${describeLayerSource(violation.passThroughLayers[0]!)}${andMore(violation.passThroughLayers.length - 1)}, where that use is ${TERM_STATUS_LABELS[violation.allowed]}.`;
    case "CYCLE":
      return `The lineage contains a cycle: ${[...violation.versions, violation.versions[0]!].map(describeVersion).join(" → ")}.`;
    case "MISSING_PARENT":
      return `${describeVersion(violation.child)} names parent ${violation.parentId}, which is not in the registry; its terms are treated as unknown.`;
    case "LINEAGE_NOT_RECORDED":
      return `${describeVersion(violation.version)} is a ${KIND_NOUNS[violation.kind]} but no parent is recorded: what it inherits is unknown, so every use is unknown on its account.`;
    case "PASS_THROUGH_NOT_CARRIED":
      return `${describeVersion(violation.child)} does not carry forward the restrictions that ${violation.passThroughLayers.map(describeLayerSource).join("; ")} pass${violation.passThroughLayers.length === 1 ? "es" : ""} on to every derivative of ${describeVersion(violation.ancestor)}.`;
    case "MERGE_WITH_FEWER_THAN_TWO_PARENTS":
      return `${describeVersion(violation.version)} is a merge but has ${violation.parentCount} parent${violation.parentCount === 1 ? "" : "s"} recorded.`;
    case "BASE_WITH_PARENTS":
      return `${describeVersion(violation.version)} is a base model but has ${violation.parentCount} parent${violation.parentCount === 1 ? "" : "s"} recorded.`;
  }
}

const KIND_NOUNS: Readonly<Record<VersionKind, string>> = {
  BASE: "base model",
  FINETUNE: "fine-tune",
  MERGE: "merge",
  DISTILLED: "distillation",
};

const RELATION_PHRASES: Readonly<Record<LineageRelation, string>> = {
  FINETUNE: "is a fine-tune of",
  MERGE: "is a merge of",
  DISTILL: "is distilled from",
};

/** A layer named from its own version's point of view: "creator terms", "licence X". */
function describeOwnLayer(source: LayerSource): string {
  if (source.kind === "license") return `licence ${source.licenseName}`;
  if (source.kind === "creator-terms") return "creator terms";
  return describeLayerSource(source);
}

function andMore(count: number): string {
  return count > 0 ? ` (and ${count} more layer${count === 1 ? "" : "s"})` : "";
}
