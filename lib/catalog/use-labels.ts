import type { IntendedUse } from "@/lib/licensing/vocabulary";

/** Short labels for dense places (browse chips); full labels are INTENDED_USE_LABELS. */
export const SHORT_USE_LABELS: Readonly<Record<IntendedUse, string>> = {
  INTERNAL_EXPLORATION: "Internal",
  COMMERCIAL_OUTPUTS: "Commercial",
  HOSTED_SERVICE: "Hosted",
  REDISTRIBUTE_WEIGHTS: "Redistribute",
  DERIVATIVES: "Derivatives",
  TRAIN_ON_OUTPUTS: "Train on outputs",
  RESEARCH: "Research",
};
