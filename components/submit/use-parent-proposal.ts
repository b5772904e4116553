"use client";

import { useCallback, useRef, useState } from "react";
import { proposalLookup, proposeFromRecipe, proposeFromShapes, type ParentProposal } from "@/lib/reviews/parent-proposal";
import type { SafetensorsInspection } from "@/lib/safetensors/inspect";
import { lookupBases, lookupHashes } from "./catalog-lookups";

/** The parent and kind a dropped file suggests, looked up in the catalog; only the latest file's answer is kept. */
export function useParentProposal() {
  const [proposal, setProposal] = useState<ParentProposal | null>(null);
  const latest = useRef(0);

  const propose = useCallback(async (inspection: SafetensorsInspection) => {
    const request = ++latest.current;
    setProposal(null);
    const lookup = proposalLookup(inspection);
    if (!lookup) return;
    const next =
      lookup.by === "recipe"
        ? proposeFromRecipe(inspection.suggestedParents, await lookupHashes(lookup.sha256, lookup.short))
        : proposeFromShapes(inspection.architectureLookalike, await lookupBases(lookup.architecture));
    if (request === latest.current) setProposal(next);
  }, []);

  const clear = useCallback(() => {
    latest.current++;
    setProposal(null);
  }, []);

  return { proposal, propose, clear };
}
