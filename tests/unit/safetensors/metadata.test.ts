import { describe, expect, it } from "vitest";

import type { ArchitectureKey } from "@/lib/safetensors/architecture";
import { mapModelSpecArchitecture, parseSafetensorsMetadata } from "@/lib/safetensors/metadata";
import { A1111_MERGE_METADATA, MERGE_PARENTS, MODELSPEC_SDXL_METADATA } from "@/tests/support/safetensors-fixtures";

const { primary, secondary, grandparent } = MERGE_PARENTS;
const recipe = (fields: Record<string, unknown>) => JSON.stringify({ type: "webui", ...fields });

describe("ModelSpec", () => {
  it("maps the modelspec.* keys to a typed object", () => {
    const { modelSpec, isMerge, suggestedParents, warnings } = parseSafetensorsMetadata(MODELSPEC_SDXL_METADATA);
    expect(modelSpec).toEqual({
      specVersion: "1.0.0",
      architecture: "stable-diffusion-xl-v1-base",
      architectureKey: "SDXL",
      implementation: "https://github.com/Stability-AI/generative-models",
      title: "Example XL",
      author: "Example Studio",
      license: "CreativeML Open RAIL++-M",
      description: "A test fixture shaped like SDXL.",
      date: "2024-05-01T12:00:00",
      resolution: "1024x1024",
      nativeResolution: { width: 1024, height: 1024 },
      predictionType: "epsilon",
      hashSha256: "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
    });
    expect([isMerge, suggestedParents, warnings]).toEqual([false, [], []]);
  });

  it("is null when there are no modelspec keys", () => {
    expect(parseSafetensorsMetadata({ format: "pt" }).modelSpec).toBeNull();
  });

  it.each<[string, ArchitectureKey | null]>([
    ["stable-diffusion-v1", "SD1"],
    ["stable-diffusion-v2-512", "SD2"],
    ["stable-diffusion-v2-768-v", "SD2"],
    ["stable-diffusion-xl-v1-base", "SDXL"],
    ["stable-diffusion-xl-v1-refiner", "SDXL"],
    ["Stable-Diffusion-XL-v1-Base", "SDXL"],
    ["stable-diffusion-3-medium", "SD3"],
    ["stable-diffusion-v3-medium", "SD3"],
    ["stable-diffusion-3.5-large", "SD3"],
    ["stable-cascade-v1-prior", "STABLE_CASCADE"],
    ["flux-1-dev", "FLUX1"],
    ["flux-1-schnell/lora", "FLUX1"],
    ["stable-diffusion-v10", null],
    ["chroma", null],
    ["lumina-2", null],
    ["", null],
  ])("modelspec.architecture %j -> %s", (value, key) => {
    expect(mapModelSpecArchitecture(value)).toBe(key);
  });

  it("flags an adapter architecture such as .../lora", () => {
    const parsed = parseSafetensorsMetadata({ "modelspec.architecture": "stable-diffusion-xl-v1-base/lora" });
    expect(parsed.modelSpec).toMatchObject({ architectureKey: "SDXL", adapter: "lora" });
    expect(parsed.warnings.join(" ")).toMatch(/lora, not a checkpoint/);
  });

  it.each([
    ["1024x1024", { width: 1024, height: 1024 }],
    ["896 x 1152", { width: 896, height: 1152 }],
    ["512", { width: 512, height: 512 }],
    ["about a megapixel", undefined],
  ])("resolution %j", (resolution, expected) => {
    expect(parseSafetensorsMetadata({ "modelspec.resolution": resolution }).modelSpec?.nativeResolution).toEqual(expected);
  });
});

describe("merge recipes", () => {
  it("takes A1111's direct parents from sd_merge_recipe, names from sd_merge_models, shares from the multiplier", () => {
    const parsed = parseSafetensorsMetadata(A1111_MERGE_METADATA);
    expect(parsed.isMerge).toBe(true);
    expect(parsed.suggestedParents).toEqual([
      { sha256: primary.sha256, name: primary.name, weight: 0.7 },
      { sha256: secondary.sha256, name: secondary.name, weight: 0.3 },
    ]);
    expect(parsed.mergeRecipe).toEqual({
      type: "webui",
      interpMethod: "Weighted sum",
      multiplier: 0.3,
      primaryModelHash: primary.sha256,
      secondaryModelHash: secondary.sha256,
    });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.raw).toBe(A1111_MERGE_METADATA);
  });

  it("without a recipe, drops models that another listed model's recipe names as its parent", () => {
    const parsed = parseSafetensorsMetadata({ sd_merge_models: A1111_MERGE_METADATA.sd_merge_models! });
    expect(parsed.isMerge).toBe(true);
    expect(parsed.suggestedParents).toEqual([
      { sha256: primary.sha256, name: primary.name },
      { sha256: secondary.sha256, name: secondary.name },
    ]);
    expect(parsed.warnings.join(" ")).toMatch(/does not say which models were merged directly/);
  });

  it("reads short hashes as short hashes and matches them to full ones", () => {
    const short = primary.sha256.slice(0, 10);
    const parsed = parseSafetensorsMetadata({
      sd_merge_recipe: recipe({
        primary_model_hash: primary.sha256,
        secondary_model_hash: "0X" + secondary.sha256.toUpperCase(),
        interp_method: "Add difference",
        tertiary_model_hash: grandparent.sha256.slice(0, 10),
        multiplier: 1,
      }),
      sd_merge_models: JSON.stringify({ [short]: { name: "a" }, [grandparent.sha256.slice(0, 10)]: { name: "c" } }),
    });
    expect(parsed.suggestedParents).toEqual([
      { sha256: primary.sha256, name: "a" },
      { sha256: secondary.sha256 },
      { shortHash: grandparent.sha256.slice(0, 10), name: "c" },
    ]);
  });

  it.each([
    { method: "Weighted sum", tertiary: grandparent.sha256, parents: 2, weights: [0.75, 0.25], isMerge: true },
    { method: "Add difference", tertiary: grandparent.sha256, parents: 3, weights: [undefined, undefined, undefined], isMerge: true },
    { method: "No interpolation", tertiary: null, parents: 1, weights: [undefined], isMerge: false },
  ])("interp_method $method uses $parents parent(s)", ({ method, tertiary, parents, weights, isMerge }) => {
    const parsed = parseSafetensorsMetadata({
      sd_merge_recipe: recipe({
        primary_model_hash: primary.sha256,
        secondary_model_hash: secondary.sha256,
        tertiary_model_hash: tertiary,
        interp_method: method,
        multiplier: 0.25,
      }),
    });
    expect(parsed.suggestedParents).toHaveLength(parents);
    expect(parsed.suggestedParents.map((parent) => parent.weight)).toEqual(weights);
    expect(parsed.isMerge).toBe(isMerge);
  });

  it("reads supermerger's model_a / model_b / base_alpha", () => {
    const parsed = parseSafetensorsMetadata({
      sd_merge_recipe: JSON.stringify({
        type: "sd-webui-supermerger",
        model_a: primary.sha256,
        model_b: secondary.sha256,
        model_c: "",
        base_alpha: 0.4,
        mode: "Weight sum",
      }),
    });
    expect(parsed.suggestedParents).toEqual([
      { sha256: primary.sha256, weight: 0.6 },
      { sha256: secondary.sha256, weight: 0.4 },
    ]);
  });

  it("uses ModelSpec's merged_from names when no A1111 recipe is present", () => {
    const parsed = parseSafetensorsMetadata({ "modelspec.merged_from": "Model A, Model B", "modelspec.title": "A+B" });
    expect(parsed.suggestedParents).toEqual([{ name: "Model A" }, { name: "Model B" }]);
    expect(parsed.isMerge).toBe(true);
  });

  it("warns that a merge tool may have copied a parent's ModelSpec fields", () => {
    const parsed = parseSafetensorsMetadata({ ...A1111_MERGE_METADATA, "modelspec.title": "Parent title" });
    expect(parsed.warnings.join(" ")).toMatch(/copy a parent's ModelSpec fields/);
  });
});

describe("junk metadata", () => {
  it.each<{ name: string; metadata: Record<string, string>; warnings: number }>([
    { name: "malformed JSON", metadata: { sd_merge_models: "{not json", sd_merge_recipe: '{"type": "webui",' }, warnings: 2 },
    { name: "JSON that is not an object", metadata: { sd_merge_models: "[1, 2]", sd_merge_recipe: "42" }, warnings: 2 },
    { name: "entries that are not hashes", metadata: { sd_merge_models: '{"not-a-hash": 5, "another": {"name": 7}}' }, warnings: 2 },
    { name: "hashes of the wrong type", metadata: { sd_merge_recipe: '{"primary_model_hash": 123, "secondary_model_hash": ["x"]}' }, warnings: 0 },
  ])("$name yields warnings, not exceptions", ({ metadata, warnings }) => {
    const parsed = parseSafetensorsMetadata(metadata);
    expect(parsed.suggestedParents).toEqual([]);
    expect(parsed.warnings).toHaveLength(warnings);
    expect(parsed.raw).toEqual(metadata);
  });

  it("treats a null recipe as absent", () => {
    const parsed = parseSafetensorsMetadata({ sd_merge_recipe: "null", format: "pt" });
    expect([parsed.isMerge, parsed.mergeRecipe, parsed.warnings]).toEqual([false, null, []]);
  });

  it("does not let a __proto__ key in sd_merge_models pollute objects", () => {
    const parsed = parseSafetensorsMetadata({ sd_merge_models: `{"__proto__": {"polluted": "yes"}, "${primary.sha256}": {"name": "a"}}` });
    expect(parsed.suggestedParents).toEqual([{ sha256: primary.sha256, name: "a" }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
