import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";

/** What one layer (a licence or a creator's terms) says about one use. */
export type LayerTerm = {
  status: TermStatus;
  conditions: string[];
  /** The clause that decides the use (licence layers only). */
  basis?: string | null;
  /** Organisation conditions the term depends on (licence layers only), sorted. */
  conditionKeys?: string[];
};

/**
 * A layer's terms by use. A missing entry means the layer does not speak to that use: it neither
 * allows nor restricts it, and the other layers decide.
 */
export type LayerTerms = Partial<Record<IntendedUse, LayerTerm>>;
