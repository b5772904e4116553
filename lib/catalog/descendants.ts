import type { VersionKind } from "@/lib/licensing/vocabulary";

// What a base model's page says about the catalogued models that derive from it, directly or
// through other models (a merge of a fine-tune of it counts too), each once.

export interface Descendant {
  id: string;
  name: string;
  kind: VersionKind;
  /** Fewest lineage edges from the base model to it (1 = a direct child). */
  depth: number;
}

const NOUNS: Readonly<Record<VersionKind, [string, string]>> = {
  FINETUNE: ["fine-tune", "fine-tunes"],
  MERGE: ["merge", "merges"],
  DISTILLED: ["distillation", "distillations"],
  BASE: ["base model", "base models"],
};

const ORDER: readonly VersionKind[] = ["FINETUNE", "MERGE", "DISTILLED", "BASE"];

/** "3 fine-tunes and 2 merges derive from FLUX.1 [dev] 1.0 (1 directly, 4 through other models)." */
export function describeDescendants(subjectName: string, descendants: readonly Pick<Descendant, "kind" | "depth">[]): string {
  if (descendants.length === 0) return `No catalogued fine-tune or merge derives from ${subjectName} yet.`;
  const counts = ORDER.flatMap((kind) => {
    const count = descendants.filter((descendant) => descendant.kind === kind).length;
    return count === 0 ? [] : [`${count} ${NOUNS[kind][count === 1 ? 0 : 1]}`];
  });
  const direct = descendants.filter((descendant) => descendant.depth === 1).length;
  const indirect = descendants.length - direct;
  const verb = descendants.length === 1 ? "derives" : "derive";
  const how = indirect === 0 ? "directly" : direct === 0 ? "through other models" : `${direct} directly, ${indirect} through other models`;
  return `${joinWords(counts)} ${verb} from ${subjectName} (${how}).`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
