import { describeDecidingLayers } from "@/lib/licensing/deciding-clauses";
import type { EffectiveUseTerm } from "@/lib/licensing/effective-terms";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";

// Why a use cannot be approved as it stands, naming the layers that decide it, so a check or a
// refusal says "forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0)"
// rather than "forbidden by the effective terms".

/**
 * E.g. "forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0)", or
 * "unknown because of CreativeML Open RAIL-M (licence of SD 1.5), which does not state this use".
 */
export function describeUseStanding(term: Pick<EffectiveUseTerm, "status" | "provenance">): string {
  const layers = joinLayers(describeDecidingLayers(term.provenance));
  switch (term.status) {
    case "FORBIDDEN":
      return layers ? `forbidden by ${layers}` : "forbidden";
    case "UNKNOWN":
      return layers ? `unknown because of ${layers}` : "unknown: no layer states it";
    case "CONDITIONAL":
      return layers ? `allowed with conditions by ${layers}` : "allowed with conditions";
    case "ALLOWED":
      return layers ? `allowed by ${layers}` : "allowed";
  }
}

/** "Hosted service is forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0)". */
export function describeUseTerm(term: Pick<EffectiveUseTerm, "use" | "status" | "provenance">): string {
  return `${INTENDED_USE_LABELS[term.use]} is ${describeUseStanding(term)}`;
}

/** "Commercial outputs needs a waiver: it is forbidden by creator terms of No Commerce XL v1." */
export function describeWaiverNeed(term: Pick<EffectiveUseTerm, "use" | "status" | "provenance">): string {
  return `${INTENDED_USE_LABELS[term.use]} needs a waiver: it is ${describeUseStanding(term)}.`;
}

function joinLayers(lines: readonly string[]): string {
  return lines.join("; ");
}

/**
 * The alert of a refused approval: which use needs a waiver and why, one sentence per use; the
 * general sentence only when no use is missing one (the refusal is about a waiver given wrongly).
 */
export function refusalMessage(missing: readonly Pick<EffectiveUseTerm, "use" | "status" | "provenance">[]): string {
  if (missing.length === 0) return "Some uses cannot be approved as they stand.";
  return missing.map(describeWaiverNeed).join(" ");
}
