import type { ArchitectureKey } from "@/lib/safetensors/architecture";

// Civitai's `baseModel` names (packages/civitai-shared/src/basemodel.constants.ts in civitai/civitai):
// the architecture each belongs to, the catalogued checkpoint it most likely means (by the alias the
// seed catalog gives it), and the licence Civitai's own table assigns to that base model (by name,
// and by the Hugging Face licence id where one exists). A base model not listed here still imports;
// its architecture then comes from the AIR's ecosystem, and parent and licence are left to the submitter.

export interface CivitaiBaseModel {
  architectureKey: ArchitectureKey;
  /** Names the catalog may know the parent by; empty when no single catalogued version fits. */
  parentCandidates: string[];
  /** The licence Civitai's base-model table names; null when it names none we can match. */
  license: { name: string; id: string | null; link: string } | null;
}

const RAIL_M = { name: "CreativeML Open RAIL-M", id: "creativeml-openrail-m", link: "https://huggingface.co/spaces/CompVis/stable-diffusion-license" };
const RAIL_PLUS = {
  name: "CreativeML Open RAIL++-M",
  id: "openrail++",
  link: "https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL1.0",
};

export const CIVITAI_BASE_MODELS: Record<string, CivitaiBaseModel> = {
  "SD 1.4": { architectureKey: "SD1", parentCandidates: [], license: RAIL_M },
  "SD 1.5": { architectureKey: "SD1", parentCandidates: ["SD 1.5", "Stable Diffusion 1.5"], license: RAIL_M },
  "SD 2.0": { architectureKey: "SD2", parentCandidates: [], license: RAIL_PLUS },
  "SD 2.1": { architectureKey: "SD2", parentCandidates: ["SD 2.1", "Stable Diffusion 2.1"], license: RAIL_PLUS },
  "SDXL 1.0": { architectureKey: "SDXL", parentCandidates: ["SDXL 1.0", "SDXL"], license: RAIL_PLUS },
  "SDXL Turbo": {
    architectureKey: "SDXL",
    parentCandidates: ["SDXL Turbo"],
    license: {
      name: "Stability AI Non-Commercial Research Community License",
      id: "sai-nc-community",
      link: "https://huggingface.co/stabilityai/sdxl-turbo/blob/main/LICENSE.md",
    },
  },
  Pony: { architectureKey: "SDXL", parentCandidates: ["Pony Diffusion V6 XL"], license: { name: "Pony", id: null, link: "https://purplesmart.ai/license" } },
  // Two catalogued versions (v1.0, v2.0) with different licences: the submitter picks.
  Illustrious: {
    architectureKey: "SDXL",
    parentCandidates: [],
    license: { name: "Illustrious License", id: null, link: "https://freedevproject.org/faipl-1.0-sd/" },
  },
  NoobAI: {
    architectureKey: "SDXL",
    parentCandidates: [],
    license: { name: "NoobAI License", id: null, link: "https://huggingface.co/Laxhar/noobai-XL-1.0/blob/main/README.md#model-license" },
  },
  "SD 3.5": {
    architectureKey: "SD3",
    parentCandidates: [],
    license: { name: "Stability AI Community License Agreement", id: "stabilityai-ai-community", link: "https://stability.ai/community-license-agreement" },
  },
  "SD 3.5 Large": {
    architectureKey: "SD3",
    parentCandidates: ["SD 3.5 Large"],
    license: { name: "Stability AI Community License Agreement", id: "stabilityai-ai-community", link: "https://stability.ai/community-license-agreement" },
  },
  "Stable Cascade": {
    architectureKey: "STABLE_CASCADE",
    parentCandidates: ["Stable Cascade"],
    license: { name: "SAI NC RC", id: "stable-cascade-nc-community", link: "https://huggingface.co/stabilityai/stable-cascade/blob/main/LICENSE" },
  },
  "Flux.1 D": {
    architectureKey: "FLUX1",
    parentCandidates: ["FLUX.1 [dev]"],
    license: {
      name: "FLUX.1 [dev] Non-Commercial License",
      id: "flux-1-dev-non-commercial-license",
      link: "https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md",
    },
  },
  "Flux.1 S": {
    architectureKey: "FLUX1",
    parentCandidates: [],
    license: { name: "Apache 2.0", id: "apache-2.0", link: "https://huggingface.co/datasets/choosealicense/licenses/blob/main/markdown/apache-2.0.md" },
  },
};

// The AIR's ecosystem segment (urn:air:<ecosystem>:...), for base models missing from the table.
const AIR_ECOSYSTEMS: Record<string, ArchitectureKey> = {
  sd1: "SD1",
  sd2: "SD2",
  sdxl: "SDXL",
  pony: "SDXL",
  illustrious: "SDXL",
  noobai: "SDXL",
  sd3: "SD3",
  sd3_5: "SD3",
  flux1: "FLUX1",
  scascade: "STABLE_CASCADE",
};

export function architectureFromAir(air: string | null | undefined): ArchitectureKey | null {
  const ecosystem = /^urn:air:([^:]+):/i.exec(air ?? "")?.[1]?.toLowerCase();
  return ecosystem ? (AIR_ECOSYSTEMS[ecosystem] ?? null) : null;
}
