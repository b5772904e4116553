import type { LineageRelation } from "@/lib/licensing/vocabulary";

// An edge of the lineage graph, labelled as the rest of the app writes a relation ("Fine-tune",
// "Merge", "Distilled", as the kind of the version it leads to), a merge's weight as a percentage.

const RELATION_LABELS: Readonly<Record<LineageRelation, string>> & Readonly<Record<string, string | undefined>> = {
  FINETUNE: "Fine-tune",
  MERGE: "Merge",
  DISTILL: "Distilled",
};

/** "Fine-tune", "Merge 40%", "Distilled". */
export function lineageEdgeLabel(relation: LineageRelation | string, weight: number | null): string {
  const label = RELATION_LABELS[relation] ?? relation;
  if (weight === null) return label;
  return `${label} ${Math.round(weight * 1000) / 10}%`;
}
