export const ARCHITECTURE_KEYS = ["SD1", "SD2", "SDXL", "SD3", "STABLE_CASCADE", "FLUX1"] as const;
export type ArchitectureKey = (typeof ARCHITECTURE_KEYS)[number];

/**
 * The published model whose tensor layout the file has (FLUX.1 with a guidance embedding: [dev]).
 * A likeness, not an identity: fine-tunes keep their base's shapes.
 */
export type ShapeLookalike = "SD1" | "SD2" | "SDXL_BASE" | "SDXL_REFINER" | "SD3" | "STABLE_CASCADE_C" | "STABLE_CASCADE_B" | "FLUX1_DEV" | "FLUX1_SCHNELL";

/** What the file looks like when it is not a full model that detection can name. */
export type NonCheckpointKind = "LORA" | "VAE" | "TEXT_ENCODER" | "UNKNOWN";

export interface ArchitectureDetection {
  architecture: ArchitectureKey | null;
  /** Which tensor (and shape) decided it; null when nothing did. */
  evidence: string | null;
  /** Caveats for the person submitting: shared shapes, variants, why nothing was detected. */
  note: string | null;
  /** Which published model the shapes match; null when the architecture is unknown or the variant unclear. */
  lookalike: ShapeLookalike | null;
  /** Set when architecture is null. */
  notCheckpoint?: NonCheckpointKind;
}

export type TensorShapes = ReadonlyMap<string, { readonly shape: readonly number[] }>;

const SHARED_SHAPES_NOTE: Record<"SD1" | "SD2" | "SDXL", string> = {
  SD1:
    "Shapes identify the architecture only: SD 1.x fine-tunes and merges (e.g. Anything V5) are " +
    "shaped like SD 1.5, so only the file's SHA-256 and its metadata tell them apart.",
  SD2:
    "Shapes identify the architecture only: SD 2.x fine-tunes, and the 512 and 768-v variants, are " +
    "shaped alike, so only the file's SHA-256 and its metadata tell them apart.",
  SDXL:
    "Pony Diffusion, Illustrious XL, SDXL Turbo and plain SDXL share the same tensor shapes: only the " + "file's SHA-256 and its metadata tell them apart.",
};

// Cross-attention key weights have shape [inner_dim, context_dim]; loaders (ComfyUI's
// model_detection, A1111's sd_models_config) read context_dim to tell the UNet generations apart.
const CROSS_ATTENTION_KEY =
  /(?:^|\.)(?:input_blocks|middle_block|output_blocks|down_blocks|mid_block|up_blocks)\..*\.transformer_blocks\.\d+\.attn2\.to_k\.weight$/;
// The UNet's own class-embedding input (what ComfyUI reads) first, then the second text embedder.
const SDXL_EMBEDDER_KEYS = [/(?:^|\.)label_emb\./, /(?:^|\.)add_embedding\./, /^conditioner\.embedders\.1\./];
const LORA_KEY = /^lora_(?:unet|te\d?)_|\.lora_(?:up|down|A|B)\.|\.(?:hada|lokr)_w\d/;
const VAE_KEY =
  /^(?:first_stage_model\.|vae\.)?(?:(?:encoder|decoder)\.(?:conv_in|conv_out|conv_norm_out|norm_out|down|up|mid)|quant_conv\.|post_quant_conv\.)/;
const TEXT_ENCODER_KEY = /^(?:cond_stage_model|conditioner|text_encoders?|text_model)\.|^(?:encoder|decoder)\.(?:block|final_layer_norm)\.|^shared\.weight$/;

export function detectArchitecture(tensors: TensorShapes): ArchitectureDetection {
  const names = [...tensors.keys()].sort();

  const loraKey = names.find((name) => LORA_KEY.test(name));
  if (loraKey) {
    return notCheckpoint("LORA", `key ${loraKey}`, "Looks like a LoRA, not a checkpoint: submit the checkpoint it was trained for.");
  }

  const sd3Key = names.find((name) => name.includes("joint_blocks."));
  if (sd3Key) return found("SD3", `MMDiT key ${sd3Key}`, null, "SD3");

  const fluxKey = names.find((name) => name.includes("double_blocks."));
  if (fluxKey) return detectFluxVariant(names, fluxKey);

  const cascadeKey = names.find((name) => name === "clf.1.weight" || name.endsWith(".clf.1.weight"));
  if (cascadeKey) return detectCascadeStage(names, cascadeKey);

  const attentionKey = names.find((name) => CROSS_ATTENTION_KEY.test(name) && tensors.get(name)?.shape.length === 2);
  if (attentionKey) return detectUnet(names, attentionKey, tensors.get(attentionKey)?.shape ?? []);

  if (names.length > 0 && names.every((name) => VAE_KEY.test(name))) {
    return notCheckpoint("VAE", `all ${names.length} keys are VAE encoder/decoder weights`, "Looks like a VAE on its own, not a checkpoint.");
  }
  if (names.length > 0 && names.every((name) => TEXT_ENCODER_KEY.test(name))) {
    return notCheckpoint("TEXT_ENCODER", `all ${names.length} keys are text-encoder weights`, "Looks like a text encoder on its own, not a checkpoint.");
  }
  return notCheckpoint(
    "UNKNOWN",
    null,
    "No known diffusion-model keys were found (SD1/SD2/SDXL UNet, SD3, FLUX.1, Stable Cascade): pick the architecture by hand.",
  );
}

function detectUnet(names: string[], key: string, shape: readonly number[]): ArchitectureDetection {
  const context = shape[1];
  const evidence = `${key} has shape [${shape.join(", ")}]: cross-attention context ${context}`;
  if (context === 768) return found("SD1", `${evidence} (CLIP ViT-L/14)`, SHARED_SHAPES_NOTE.SD1, "SD1");
  if (context === 1024) return found("SD2", `${evidence} (OpenCLIP ViT-H/14)`, SHARED_SHAPES_NOTE.SD2, "SD2");

  const embedderKey = SDXL_EMBEDDER_KEYS.map((pattern) => names.find((name) => pattern.test(name))).find(Boolean);
  if (context === 2048 && embedderKey) {
    return found("SDXL", `${evidence} (CLIP-L + OpenCLIP-bigG), with SDXL embedder key ${embedderKey}`, SHARED_SHAPES_NOTE.SDXL, "SDXL_BASE");
  }
  if (context === 1280 && embedderKey) {
    return found(
      "SDXL",
      `${evidence} (OpenCLIP-bigG only), with embedder key ${embedderKey}`,
      `This is the SDXL refiner, not a base model. ${SHARED_SHAPES_NOTE.SDXL}`,
      "SDXL_REFINER",
    );
  }
  return notCheckpoint(
    "UNKNOWN",
    evidence,
    context === 2048
      ? "The UNet has SDXL's 2048 context size but none of SDXL's extra embedders: pick the architecture by hand."
      : `Cross-attention context ${context} matches no known UNet (768 SD1, 1024 SD2, 2048 SDXL): pick the architecture by hand.`,
  );
}

function detectCascadeStage(names: string[], key: string): ArchitectureDetection {
  const prefix = key.slice(0, -"clf.1.weight".length);
  if (names.includes(`${prefix}clip_txt_mapper.weight`)) {
    return found("STABLE_CASCADE", `key ${key} with ${prefix}clip_txt_mapper.weight (stage C)`, null, "STABLE_CASCADE_C");
  }
  if (names.includes(`${prefix}clip_mapper.weight`)) {
    return found(
      "STABLE_CASCADE",
      `key ${key} with ${prefix}clip_mapper.weight (stage B)`,
      "This is Stable Cascade stage B (the decoder); the model people usually approve is stage C.",
      "STABLE_CASCADE_B",
    );
  }
  return found("STABLE_CASCADE", `key ${key}`, null, null);
}

// [dev] is guidance-distilled and carries a guidance embedding; [schnell] has none. ComfyUI reads
// the same key. It matters here because the two ship under very different licenses.
function detectFluxVariant(names: string[], key: string): ArchitectureDetection {
  const guidanceKey = names.find((name) => /(?:^|\.)guidance_in\./.test(name));
  const variant = guidanceKey ? `, with guidance embedding ${guidanceKey} (as in FLUX.1 [dev])` : ", without a guidance embedding (as in FLUX.1 [schnell])";
  return found(
    "FLUX1",
    `double-stream key ${key}${variant}`,
    "FLUX.1 [dev], [schnell] and their fine-tunes are licensed differently but share shapes: " + "only the file's SHA-256 and its metadata tell them apart.",
    guidanceKey ? "FLUX1_DEV" : "FLUX1_SCHNELL",
  );
}

function found(architecture: ArchitectureKey, evidence: string, note: string | null, lookalike: ShapeLookalike | null): ArchitectureDetection {
  return { architecture, evidence, note, lookalike };
}

function notCheckpoint(kind: NonCheckpointKind, evidence: string | null, note: string): ArchitectureDetection {
  return { architecture: null, evidence, note, lookalike: null, notCheckpoint: kind };
}
