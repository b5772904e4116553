import type { LayerSource, VersionRef } from "@/lib/licensing/layer-source";
import type { IntendedUse, LineageRelation, TermStatus, VersionKind } from "@/lib/licensing/vocabulary";

/** Something wrong with a lineage that a reviewer must see. Errors make the terms doubtful; warnings are data smells. */
export type LineageViolation =
  | {
      code: "DERIVATIVE_OF_NO_DERIVATIVES";
      severity: "error";
      parent: VersionRef;
      child: VersionRef;
      relation: LineageRelation;
      /** The parent's own layers that forbid derivatives. */
      forbiddenBy: LayerSource[];
    }
  | {
      code: "MORE_PERMISSIVE_THAN_PASS_THROUGH";
      severity: "error";
      use: IntendedUse;
      child: VersionRef;
      /** The child's own status for the use: the most restrictive of its own layers. */
      declared: TermStatus;
      declaredBy: LayerSource[];
      /** The nearest ancestor whose pass-through layer the declaration breaks. */
      ancestor: VersionRef;
      /** The strictest status the ancestry's pass-through layers give the use. */
      allowed: TermStatus;
      /** Every pass-through layer that gives `allowed`, nearest first; a licence version once. */
      passThroughLayers: LayerSource[];
    }
  | {
      code: "CYCLE";
      severity: "error";
      /** Each version is a parent of the next; the last is a parent of the first. */
      versions: VersionRef[];
    }
  | {
      code: "MISSING_PARENT";
      severity: "error";
      child: VersionRef;
      parentId: string;
      relation: LineageRelation;
    }
  | {
      /** A FINETUNE, MERGE or DISTILLED version with no parent recorded: its terms cannot be known. */
      code: "LINEAGE_NOT_RECORDED";
      severity: "error";
      version: VersionRef;
      kind: VersionKind;
    }
  | {
      /** A descendant of a pass-through layer whose own layers do not carry those restrictions on. */
      code: "PASS_THROUGH_NOT_CARRIED";
      severity: "error";
      child: VersionRef;
      /** The nearest ancestor with a pass-through layer the child does not carry. */
      ancestor: VersionRef;
      /** Every ancestor pass-through layer the child does not carry forward, nearest first. */
      passThroughLayers: LayerSource[];
    }
  | { code: "MERGE_WITH_FEWER_THAN_TWO_PARENTS"; severity: "warning"; version: VersionRef; parentCount: number }
  | { code: "BASE_WITH_PARENTS"; severity: "warning"; version: VersionRef; parentCount: number };

export type LineageViolationCode = LineageViolation["code"];
