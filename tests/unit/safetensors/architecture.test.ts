import { describe, expect, it } from "vitest";

import { detectArchitecture, type ArchitectureKey, type TensorShapes } from "@/lib/safetensors/architecture";
import { parseSafetensorsHeaderBytes } from "@/lib/safetensors/header";
import { FIXTURES, buildSafetensors, type FixtureSpec } from "@/tests/support/safetensors-fixtures";

// Through the real parser, so each fixture is also proven to be a valid safetensors file.
function tensorsOf(spec: FixtureSpec): TensorShapes {
  const bytes = buildSafetensors(spec);
  const result = parseSafetensorsHeaderBytes(bytes, bytes.length);
  if (!result.ok) throw new Error(`fixture does not parse: ${result.error.message}`);
  return result.header.tensors;
}

function shapes(entries: Record<string, number[]>): TensorShapes {
  return new Map(Object.entries(entries).map(([name, shape]) => [name, { shape }]));
}

describe("detectArchitecture on fixtures", () => {
  it.each<{ fixture: keyof typeof FIXTURES; architecture: ArchitectureKey; evidence: RegExp }>([
    { fixture: "SD1", architecture: "SD1", evidence: /input_blocks\.1\.1\.transformer_blocks\.0\.attn2\.to_k\.weight has shape \[320, 768\]/ },
    { fixture: "SD2", architecture: "SD2", evidence: /shape \[320, 1024\].*context 1024/ },
    { fixture: "SDXL", architecture: "SDXL", evidence: /shape \[640, 2048\].*label_emb/ },
    { fixture: "SD3", architecture: "SD3", evidence: /joint_blocks\.0/ },
    { fixture: "FLUX_DEV", architecture: "FLUX1", evidence: /double_blocks\..*guidance_in.*\[dev\]/ },
    { fixture: "FLUX_SCHNELL", architecture: "FLUX1", evidence: /without a guidance embedding.*\[schnell\]/ },
    { fixture: "STABLE_CASCADE", architecture: "STABLE_CASCADE", evidence: /clf\.1\.weight.*stage C/ },
  ])("$fixture -> $architecture", ({ fixture, architecture, evidence }) => {
    const result = detectArchitecture(tensorsOf(FIXTURES[fixture]));
    expect(result.architecture).toBe(architecture);
    expect(result.evidence).toMatch(evidence);
    expect(result.notCheckpoint).toBeUndefined();
  });

  it("says only hashes and metadata tell Pony, Illustrious and SDXL apart", () => {
    const { note } = detectArchitecture(tensorsOf(FIXTURES.SDXL));
    expect(note).toMatch(/Pony/);
    expect(note).toMatch(/Illustrious/);
    expect(note).toMatch(/SHA-256 and its metadata/);
  });

  it.each<{ fixture: keyof typeof FIXTURES; kind: string; note: RegExp }>([
    { fixture: "LORA", kind: "LORA", note: /looks like a LoRA, not a checkpoint/i },
    { fixture: "VAE", kind: "VAE", note: /VAE/ },
  ])("$fixture is not a checkpoint", ({ fixture, kind, note }) => {
    const result = detectArchitecture(tensorsOf(FIXTURES[fixture]));
    expect(result).toMatchObject({ architecture: null, notCheckpoint: kind });
    expect(result.note).toMatch(note);
  });
});

describe("detectArchitecture on key layouts", () => {
  it.each<{ name: string; tensors: Record<string, number[]>; architecture: ArchitectureKey | null; text: RegExp }>([
    {
      name: "bare UNet keys (no model.diffusion_model prefix)",
      tensors: { "input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": [320, 768] },
      architecture: "SD1",
      text: /context 768/,
    },
    {
      name: "diffusers UNet keys",
      tensors: { "down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k.weight": [320, 1024] },
      architecture: "SD2",
      text: /context 1024/,
    },
    {
      name: "SDXL with only the conditioner embedders",
      tensors: {
        "model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight": [640, 2048],
        "conditioner.embedders.1.model.ln_final.weight": [1280],
      },
      architecture: "SDXL",
      text: /conditioner\.embedders\.1/,
    },
    {
      name: "SDXL refiner (context 1280 with label_emb)",
      tensors: {
        "model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight": [768, 1280],
        "model.diffusion_model.label_emb.0.0.weight": [1536, 2560],
      },
      architecture: "SDXL",
      text: /refiner/,
    },
    {
      name: "2048 context without SDXL embedders",
      tensors: { "model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight": [640, 2048] },
      architecture: null,
      text: /none of SDXL's extra embedders/,
    },
    {
      name: "unknown context size",
      tensors: { "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight": [320, 4096] },
      architecture: null,
      text: /context 4096 matches no known UNet/,
    },
    {
      name: "Stable Cascade stage B",
      tensors: { "clf.1.weight": [4, 4], "clip_mapper.weight": [4, 4] },
      architecture: "STABLE_CASCADE",
      text: /stage B/,
    },
    {
      name: "SD3 LoRA is a LoRA, not SD3",
      tensors: { "lora_unet_joint_blocks_0_x_block_attn_qkv.lora_up.weight": [4, 4] },
      architecture: null,
      text: /LoRA/,
    },
    {
      name: "PEFT-style FLUX LoRA (lora_A)",
      tensors: { "transformer.double_blocks.0.img_attn.qkv.lora_A.weight": [4, 4] },
      architecture: null,
      text: /LoRA/,
    },
    {
      name: "text encoder alone",
      tensors: { "text_model.encoder.layers.0.mlp.fc1.weight": [4, 4], "text_model.final_layer_norm.weight": [4] },
      architecture: null,
      text: /text encoder/,
    },
    { name: "no tensors at all", tensors: {}, architecture: null, text: /No known diffusion-model keys/ },
    { name: "unrelated keys", tensors: { "bert.embeddings.word_embeddings.weight": [4, 4] }, architecture: null, text: /pick the architecture by hand/ },
  ])("$name", ({ tensors, architecture, text }) => {
    const result = detectArchitecture(shapes(tensors));
    expect(result.architecture).toBe(architecture);
    expect(`${result.evidence ?? ""} ${result.note ?? ""}`).toMatch(text);
  });
});

describe("the published model a file is shaped like", () => {
  it.each<{ fixture: keyof typeof FIXTURES; lookalike: string | null }>([
    { fixture: "SD1", lookalike: "SD1" },
    { fixture: "SD2", lookalike: "SD2" },
    { fixture: "SDXL", lookalike: "SDXL_BASE" },
    { fixture: "SD3", lookalike: "SD3" },
    { fixture: "FLUX_DEV", lookalike: "FLUX1_DEV" },
    { fixture: "FLUX_SCHNELL", lookalike: "FLUX1_SCHNELL" },
    { fixture: "STABLE_CASCADE", lookalike: "STABLE_CASCADE_C" },
    { fixture: "LORA", lookalike: null },
    { fixture: "VAE", lookalike: null },
  ])("$fixture is shaped like $lookalike", ({ fixture, lookalike }) => {
    expect(detectArchitecture(tensorsOf(FIXTURES[fixture])).lookalike).toBe(lookalike);
  });
});
