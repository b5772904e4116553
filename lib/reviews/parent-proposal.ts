import type { ArchitectureKey, ShapeLookalike } from "@/lib/safetensors/architecture";
import type { SafetensorsInspection } from "@/lib/safetensors/inspect";
import type { SuggestedParent } from "@/lib/safetensors/merge-recipe";
import { parentHashes } from "./file-prefill";

// What a dropped file suggests for the lineage fields: the catalogued parent(s) and the kind, shown
// to the submitter to accept with one click (never filled in silently). Pure: the catalog rows come
// from the submit form's lookup (GET /submit/search?type=bases or ?type=hashes).

/** A catalogued BASE version of the detected architecture, with what the rule below matches on. */
export interface BaseCandidate {
  id: string;
  label: string;
  detail: string;
  sourceUrl: string | null;
  /** The checkpoint's name and aliases. */
  names: string[];
}

/** A catalogued version whose file hash a merge recipe names (`hash` as asked: full or short). */
export interface RecipeMatch {
  id: string;
  label: string;
  detail: string;
  hash: string;
}

export interface ParentProposal {
  kind: "FINETUNE" | "MERGE";
  parents: { id: string; label: string; detail: string }[];
  /** What in the file suggests it. */
  reason: string;
  /** What the submitter should check before accepting; null when nothing. */
  caveat: string | null;
}

/** What to look up for a proposal: a merge's recipe hashes, else the base models of the architecture. */
export type ProposalLookup = { by: "recipe"; sha256: string[]; short: string[] } | { by: "shapes"; architecture: ArchitectureKey } | null;

interface Reference {
  label: string;
  /** Where the reference model is published: the catalog records it as a version's source URL. */
  sourceUrls: string[];
  /** Names a catalog may give it (a checkpoint's name or alias). */
  names: string[];
  /** Which other models share these shapes. */
  lookalikes: string;
}

// The published model each shape signature is "as in". The SDXL refiner and Stable Cascade's stage B
// are models of their own, not the base of a fine-tune, so they propose nothing.
const REFERENCES: Record<ShapeLookalike, Reference | null> = {
  SD1: {
    label: "SD 1.5",
    sourceUrls: ["https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5", "https://huggingface.co/runwayml/stable-diffusion-v1-5"],
    names: ["SD 1.5", "Stable Diffusion 1.5", "stable-diffusion-v1-5"],
    lookalikes: "every SD 1.x model (SD 1.4, and fine-tunes such as Anything V5) has the same shapes",
  },
  SD2: {
    label: "SD 2.1",
    sourceUrls: ["https://huggingface.co/stabilityai/stable-diffusion-2-1"],
    names: ["SD 2.1", "Stable Diffusion 2.1", "stable-diffusion-2-1"],
    lookalikes: "SD 2.0, the 512 and 768-v variants and their fine-tunes have the same shapes",
  },
  SDXL_BASE: {
    label: "SDXL base 1.0",
    sourceUrls: ["https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"],
    names: ["SDXL 1.0", "SDXL base", "SDXL base 1.0", "stable-diffusion-xl-base-1.0"],
    lookalikes: "Pony Diffusion, Illustrious XL and SDXL Turbo have the same shapes",
  },
  SDXL_REFINER: null,
  SD3: {
    label: "SD 3.5 Large",
    sourceUrls: ["https://huggingface.co/stabilityai/stable-diffusion-3.5-large"],
    names: ["SD 3.5 Large", "Stable Diffusion 3.5 Large", "stable-diffusion-3.5-large"],
    lookalikes: "SD 3 Medium and SD 3.5 Medium are built the same way",
  },
  STABLE_CASCADE_C: {
    label: "Stable Cascade",
    sourceUrls: ["https://huggingface.co/stabilityai/stable-cascade"],
    names: ["Stable Cascade", "StableCascade"],
    lookalikes: "Würstchen-style fine-tunes of stage C have the same shapes",
  },
  STABLE_CASCADE_B: null,
  FLUX1_DEV: {
    label: "FLUX.1 [dev]",
    sourceUrls: ["https://huggingface.co/black-forest-labs/FLUX.1-dev"],
    names: ["FLUX.1 [dev]", "FLUX.1-dev", "flux1-dev"],
    lookalikes: "every guidance-distilled FLUX.1 model (FLUX.1 [dev] fine-tunes) has the same shapes",
  },
  FLUX1_SCHNELL: {
    label: "FLUX.1 [schnell]",
    sourceUrls: ["https://huggingface.co/black-forest-labs/FLUX.1-schnell"],
    names: ["FLUX.1 [schnell]", "FLUX.1-schnell", "flux1-schnell"],
    lookalikes: "FLUX.1 models without a guidance embedding ([schnell] fine-tunes) have the same shapes",
  },
};

type ProposalInput = Pick<SafetensorsInspection, "architecture" | "architectureLookalike" | "suggestedKind" | "suggestedParents">;

/** A merge is looked up by its recipe's hashes; anything else by the architecture its shapes match. */
export function proposalLookup(inspection: ProposalInput): ProposalLookup {
  if (inspection.suggestedKind === "MERGE") {
    return { by: "recipe", ...parentHashes(inspection) };
  }
  if (!inspection.architecture || !inspection.architectureLookalike || !REFERENCES[inspection.architectureLookalike]) return null;
  return { by: "shapes", architecture: inspection.architecture };
}

/**
 * The catalogued base a file shaped like a published model derives from: among the catalog's BASE
 * versions of the architecture, the one whose source URL is where that model is published, else the
 * one whose checkpoint is called by one of its names. Exactly one, or no proposal: a guess between
 * two catalogued bases is left to the submitter.
 */
export function proposeFromShapes(lookalike: ShapeLookalike | null, bases: readonly BaseCandidate[]): ParentProposal | null {
  const reference = lookalike ? REFERENCES[lookalike] : null;
  if (!reference) return null;
  const urls = new Set(reference.sourceUrls.map(normalizeUrl));
  const names = new Set(reference.names.map(normalizeName));
  const bySource = bases.filter((base) => base.sourceUrl !== null && urls.has(normalizeUrl(base.sourceUrl)));
  const byName = bases.filter((base) => base.names.some((name) => names.has(normalizeName(name))));
  const match = bySource.length === 1 ? bySource[0] : bySource.length === 0 && byName.length === 1 ? byName[0] : undefined;
  if (!match) return null;
  return {
    kind: "FINETUNE",
    parents: [{ id: match.id, label: match.label, detail: match.detail }],
    reason: `The file's tensors are shaped as in ${reference.label}.`,
    caveat: `A guess from the shapes alone: ${reference.lookalikes}. If the file derives from another catalogued model, pick that one instead.`,
  };
}

/** A merge's parents: the catalogued versions its recipe names by hash, in recipe order. */
export function proposeFromRecipe(suggested: readonly SuggestedParent[], matches: readonly RecipeMatch[]): ParentProposal {
  const parents: ParentProposal["parents"] = [];
  const missing: string[] = [];
  for (const parent of suggested) {
    const hash = parent.sha256 ?? parent.shortHash;
    const match = hash ? matches.find((candidate) => candidate.hash === hash) : undefined;
    if (!match) missing.push(parent.name ?? (hash ? `hash ${hash.slice(0, 10)}` : "an unnamed model"));
    else if (!parents.some((chosen) => chosen.id === match.id)) parents.push({ id: match.id, label: match.label, detail: match.detail });
  }
  const count = suggested.length === 0 ? "" : suggested.length === 1 ? " of one model" : ` of ${suggested.length} models`;
  return {
    kind: "MERGE",
    parents,
    reason: `The file's merge metadata (sd_merge_recipe) records a merge${count}.`,
    caveat:
      missing.length > 0
        ? `Not in the catalog, so not proposed: ${missing.join(", ")}. Pick ${missing.length === 1 ? "it" : "them"} by hand if catalogued under another file.`
        : null,
  };
}

/** True when the form already says what the proposal does (accepted, or entered by hand). */
export function isProposalApplied(proposal: ParentProposal, form: { kind: string; parents: readonly { id: string }[] }): boolean {
  return form.kind === proposal.kind && proposal.parents.every((parent) => form.parents.some((chosen) => chosen.id === parent.id));
}

function normalizeUrl(url: string): string {
  return url.trim().toLowerCase().replace(/\/+$/, "");
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}
