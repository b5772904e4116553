import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

import { SAFETENSORS_DTYPE_BITS, type SafetensorsDtype } from "@/lib/safetensors/dtypes";

export interface FixtureTensor {
  name: string;
  dtype: SafetensorsDtype;
  shape: number[];
  /** Defaults to zeros of the size dtype and shape need. */
  data?: Uint8Array;
}

export interface FixtureSpec {
  tensors: FixtureTensor[];
  metadata?: Record<string, string>;
}

/** Builds a valid safetensors file: tensors laid out back to back in the order given. */
export function buildSafetensors({ tensors, metadata }: FixtureSpec): Uint8Array<ArrayBuffer> {
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  let offset = 0;
  const blobs: Uint8Array[] = [];
  for (const tensor of tensors) {
    const size = tensorByteSize(tensor.dtype, tensor.shape);
    const data = tensor.data ?? new Uint8Array(size);
    if (data.length !== size) throw new Error(`fixture ${tensor.name}: data is ${data.length} bytes, needs ${size}`);
    header[tensor.name] = { dtype: tensor.dtype, shape: tensor.shape, data_offsets: [offset, offset + size] };
    blobs.push(data);
    offset += size;
  }
  return withHeader(JSON.stringify(header), ...blobs);
}

/**
 * A file made of an 8-byte length, `headerJson` (space-padded to 8-byte alignment, as the
 * reference writer does) and the given data. Lets tests write headers the builder would refuse.
 */
export function withHeader(headerJson: string, ...data: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(headerJson);
  const padded = Math.ceil(json.length / 8) * 8;
  return concat(lengthPrefix(padded), json, new Uint8Array(padded - json.length).fill(0x20), ...data);
}

/** The 8-byte little-endian length field alone, for any u64 value. */
export function lengthPrefix(length: number | bigint): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(length), true);
  return bytes;
}

export function tensorByteSize(dtype: SafetensorsDtype, shape: number[]): number {
  return (shape.reduce((product, dimension) => product * dimension, 1) * SAFETENSORS_DTYPE_BITS[dtype]) / 8;
}

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const tiny = (name: string, shape: number[] = [1]): FixtureTensor => ({ name, dtype: "F16", shape });
const UNET = "model.diffusion_model";

// Real key names; real shapes only where detection reads them (the cross-attention weights), so each
// file stays small: the SDXL one, [640, 2048] F16, is the largest at about 2.6 MB.
export const FIXTURES = {
  SD1: {
    tensors: [
      tiny(`${UNET}.input_blocks.0.0.weight`, [4, 4, 1, 1]),
      { name: `${UNET}.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight`, dtype: "F16", shape: [320, 768] },
      tiny("cond_stage_model.transformer.text_model.embeddings.token_embedding.weight", [2, 2]),
      tiny("first_stage_model.decoder.conv_out.weight", [3, 1, 1, 1]),
    ],
  },
  SD2: {
    tensors: [
      tiny(`${UNET}.input_blocks.0.0.weight`, [4, 4, 1, 1]),
      { name: `${UNET}.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight`, dtype: "F16", shape: [320, 1024] },
      tiny("cond_stage_model.model.token_embedding.weight", [2, 2]),
      tiny("first_stage_model.decoder.conv_out.weight", [3, 1, 1, 1]),
    ],
  },
  SDXL: {
    tensors: [
      tiny(`${UNET}.input_blocks.0.0.weight`, [4, 4, 1, 1]),
      { name: `${UNET}.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight`, dtype: "F16", shape: [640, 2048] },
      tiny(`${UNET}.label_emb.0.0.weight`, [2, 2]),
      tiny("conditioner.embedders.0.transformer.text_model.embeddings.token_embedding.weight", [2, 2]),
      tiny("conditioner.embedders.1.model.token_embedding.weight", [2, 2]),
      tiny("first_stage_model.decoder.conv_out.weight", [3, 1, 1, 1]),
    ],
  },
  SD3: {
    tensors: [
      tiny(`${UNET}.joint_blocks.0.context_block.attn.qkv.weight`, [3, 2]),
      tiny(`${UNET}.x_embedder.proj.weight`, [2, 16, 2, 2]),
      tiny("first_stage_model.decoder.conv_out.weight", [3, 1, 1, 1]),
    ],
  },
  // Black Forest Labs ship FLUX.1 without a key prefix; [dev] has the guidance embedding.
  FLUX_DEV: {
    tensors: [
      tiny("double_blocks.0.img_attn.norm.key_norm.scale", [2]),
      tiny("double_blocks.0.img_attn.qkv.weight", [6, 2]),
      tiny("guidance_in.in_layer.weight", [2, 2]),
      tiny("single_blocks.0.linear1.weight", [2, 2]),
    ],
  },
  FLUX_SCHNELL: {
    tensors: [
      tiny("double_blocks.0.img_attn.norm.key_norm.scale", [2]),
      tiny("double_blocks.0.img_attn.qkv.weight", [6, 2]),
      tiny("single_blocks.0.linear1.weight", [2, 2]),
    ],
  },
  STABLE_CASCADE: {
    tensors: [tiny("clf.1.weight", [2, 2]), tiny("clip_txt_mapper.weight", [2, 2]), tiny("down_blocks.0.0.weight", [2])],
  },
  LORA: {
    tensors: [
      tiny("lora_unet_down_blocks_0_attentions_0_proj_in.alpha", []),
      tiny("lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight", [4, 8]),
      tiny("lora_unet_down_blocks_0_attentions_0_proj_in.lora_up.weight", [8, 4]),
    ],
    metadata: { ss_network_module: "networks.lora", ss_base_model_version: "sdxl_base_v1-0" },
  },
  VAE: {
    tensors: [
      tiny("encoder.conv_in.weight", [2, 3, 1, 1]),
      tiny("decoder.conv_out.weight", [3, 2, 1, 1]),
      tiny("quant_conv.weight", [2, 2, 1, 1]),
      tiny("post_quant_conv.weight", [2, 2, 1, 1]),
    ],
  },
} satisfies Record<string, FixtureSpec>;

// Synthetic hashes (SHA-256 of a label), so nobody mistakes them for real models' hashes.
const fakeSha256 = (label: string) => createHash("sha256").update(label).digest("hex");

export const MERGE_PARENTS = {
  primary: { sha256: fakeSha256("fixture primary"), name: "base-model-a.safetensors" },
  secondary: { sha256: fakeSha256("fixture secondary"), name: "finetune-b.safetensors" },
  grandparent: { sha256: fakeSha256("fixture grandparent"), name: "grandparent-c.safetensors" },
};

// What A1111's run_modelmerger writes: the recipe names direct parents; sd_merge_models also folds in
// the secondary's own list (here its parent, a grandparent of the merge).
export const A1111_MERGE_METADATA: Record<string, string> = {
  format: "pt",
  sd_merge_recipe: JSON.stringify({
    type: "webui",
    primary_model_hash: MERGE_PARENTS.primary.sha256,
    secondary_model_hash: MERGE_PARENTS.secondary.sha256,
    tertiary_model_hash: null,
    interp_method: "Weighted sum",
    multiplier: 0.3,
    save_as_half: true,
    custom_name: "ab-mix",
    config_source: 0,
    bake_in_vae: "None",
    discard_weights: "",
    is_inpainting: false,
    is_instruct_pix2pix: false,
  }),
  sd_merge_models: JSON.stringify({
    [MERGE_PARENTS.primary.sha256]: { name: MERGE_PARENTS.primary.name, legacy_hash: "0a1b2c3d", sd_merge_recipe: null },
    [MERGE_PARENTS.secondary.sha256]: {
      name: MERGE_PARENTS.secondary.name,
      legacy_hash: "1b2c3d4e",
      sd_merge_recipe: { type: "webui", primary_model_hash: MERGE_PARENTS.grandparent.sha256, secondary_model_hash: null },
    },
    [MERGE_PARENTS.grandparent.sha256]: { name: MERGE_PARENTS.grandparent.name, legacy_hash: "2c3d4e5f", sd_merge_recipe: null },
  }),
};

export const MODELSPEC_SDXL_METADATA: Record<string, string> = {
  "modelspec.sai_model_spec": "1.0.0",
  "modelspec.architecture": "stable-diffusion-xl-v1-base",
  "modelspec.implementation": "https://github.com/Stability-AI/generative-models",
  "modelspec.title": "Example XL",
  "modelspec.author": "Example Studio",
  "modelspec.license": "CreativeML Open RAIL++-M",
  "modelspec.description": "A test fixture shaped like SDXL.",
  "modelspec.date": "2024-05-01T12:00:00",
  "modelspec.resolution": "1024x1024",
  "modelspec.prediction_type": "epsilon",
  "modelspec.hash_sha256": "0xABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
};

export const MERGE_FIXTURE: FixtureSpec = { tensors: FIXTURES.SD1.tensors, metadata: A1111_MERGE_METADATA };
export const MODELSPEC_SDXL_FIXTURE: FixtureSpec = { tensors: FIXTURES.SDXL.tensors, metadata: MODELSPEC_SDXL_METADATA };

/** Deterministic filler: byte i of the large fixture's filler tensor is (i * 31 + (i >>> 13)) & 0xff. */
export function patternByte(index: number): number {
  return (index * 31 + (index >>> 13)) & 0xff;
}

export interface LargeFixture {
  path: string;
  size: number;
  sha256: string;
}

/**
 * Streams a valid safetensors file of exactly `size` bytes to `path`: the SDXL fixture's tensors,
 * then one U8 filler tensor of deterministic bytes (see patternByte) that takes up the rest. Never
 * holds more than one 1 MiB block in memory; returns the SHA-256 computed while writing.
 */
export async function writeLargeSafetensorsFile(path: string, size: number, base: FixtureSpec = FIXTURES.SDXL): Promise<LargeFixture> {
  const baseFile = buildSafetensors(base);
  const baseHeaderSize = Number(new DataView(baseFile.buffer, baseFile.byteOffset, 8).getBigUint64(0, true));
  const baseData = baseFile.subarray(8 + baseHeaderSize);
  const header = JSON.parse(new TextDecoder().decode(baseFile.subarray(8, 8 + baseHeaderSize))) as Record<string, unknown>;
  const fillerName = "model.diffusion_model.out.2.weight";
  const headerFor = (fillerSize: number) =>
    JSON.stringify({
      ...header,
      [fillerName]: { dtype: "U8", shape: [fillerSize], data_offsets: [baseData.length, baseData.length + fillerSize] },
    });
  // Fix the header length first (with the largest filler it could describe), then fit the filler.
  const headerSize = Math.ceil(new TextEncoder().encode(headerFor(size)).length / 8) * 8;
  const fillerSize = size - 8 - headerSize - baseData.length;
  if (fillerSize < 0) throw new Error(`size ${size} is too small for this fixture`);
  const json = new TextEncoder().encode(headerFor(fillerSize));
  const headerBytes = new Uint8Array(headerSize).fill(0x20);
  headerBytes.set(json);

  const hash = createHash("sha256");
  const file = await open(path, "w");
  try {
    const write = async (bytes: Uint8Array) => {
      hash.update(bytes);
      await file.write(bytes);
    };
    await write(lengthPrefix(headerSize));
    await write(headerBytes);
    await write(baseData);
    const block = new Uint8Array(Math.min(1 << 20, Math.max(fillerSize, 1)));
    for (let written = 0; written < fillerSize; written += block.length) {
      const length = Math.min(block.length, fillerSize - written);
      for (let i = 0; i < length; i++) block[i] = patternByte(written + i);
      await write(block.subarray(0, length));
    }
  } finally {
    await file.close();
  }
  return { path, size, sha256: hash.digest("hex") };
}
