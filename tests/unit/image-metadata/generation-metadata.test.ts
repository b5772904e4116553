import { describe, expect, it } from "vitest";
import { a1111ModelReferences, parseA1111Parameters } from "@/lib/image-metadata/a1111-parameters";
import { comfyPromptReferences, comfyWorkflowReferences } from "@/lib/image-metadata/comfyui-graph";
import { generationMetadataFrom } from "@/lib/image-metadata/generation-metadata";
import { a1111Parameters, comfyPrompt, comfyWorkflow } from "@/tests/support/image-fixtures";

describe("A1111 parameters", () => {
  it("unquotes JSON-quoted values and reads every setting of the last line", () => {
    const parsed = parseA1111Parameters(
      a1111Parameters({ modelHash: "31e35c80fc", model: "sd_xl_base_1.0", loraHashes: "add_detail: 7c6bad76eb54, film grain: 0123456789ab" }),
    );
    expect(parsed?.settings).toMatchObject({
      Steps: "20",
      "Model hash": "31e35c80fc",
      Model: "sd_xl_base_1.0",
      "Lora hashes": "add_detail: 7c6bad76eb54, film grain: 0123456789ab",
      Version: "v1.10.1",
    });
    expect(a1111ModelReferences(parsed!)).toEqual([
      { role: "checkpoint", name: "sd_xl_base_1.0", hash: "31e35c80fc", civitai: null, foundIn: "A1111 Model hash" },
      { role: "lora", name: "add_detail", hash: "7c6bad76eb54", civitai: null, foundIn: "A1111 Lora hashes" },
      { role: "lora", name: "film grain", hash: "0123456789ab", civitai: null, foundIn: "A1111 Lora hashes" },
    ]);
  });

  it("reads the refiner's title and ignores the legacy 8-digit model hash", () => {
    const parsed = parseA1111Parameters(
      a1111Parameters({ modelHash: "45dee52b", model: "anything-v5", extra: "Refiner: sd_xl_refiner_1.0 [7440042bbd], Refiner switch at: 0.8" }),
    );
    expect(a1111ModelReferences(parsed!)).toEqual([
      { role: "checkpoint", name: "anything-v5", hash: null, civitai: null, foundIn: "A1111 Model" },
      { role: "checkpoint", name: "sd_xl_refiner_1.0", hash: "7440042bbd", civitai: null, foundIn: "A1111 Refiner" },
    ]);
  });

  it("reads Civitai's raw Hashes and Civitai resources JSON, with commas inside", () => {
    const text =
      "portrait, soft light\nNegative prompt: lowres\nSteps: 25, Sampler: Euler a, CFG scale: 5, Seed: 1, Size: 832x1216, Clip skip: 2, " +
      'Hashes: {"model": "67AB2FD8EC", "lora:detail, slider": "AABBCCDDEEFF"}, ' +
      'Civitai resources: [{"type":"checkpoint","modelVersionId":290640,"modelName":"Pony Diffusion V6 XL","modelVersionName":"V6 (start with this one)"},{"type":"lora","weight":0.8,"modelVersionId":123,"modelName":"Detail","modelVersionName":"v1"}], Civitai metadata: {}';
    const parsed = parseA1111Parameters(text);
    expect(parsed?.settings).toMatchObject({ Steps: "25", "Clip skip": "2" });
    expect(a1111ModelReferences(parsed!)).toEqual([
      {
        role: "checkpoint",
        name: null,
        hash: "67ab2fd8ec",
        civitai: { modelName: "Pony Diffusion V6 XL", versionName: "V6 (start with this one)", modelVersionId: 290640 },
        foundIn: "A1111 Model hash",
      },
      { role: "lora", name: "detail, slider", hash: "aabbccddeeff", civitai: null, foundIn: "A1111 Lora hashes" },
    ]);
  });

  it("takes Civitai's resource list alone when there is no model hash, AIR entries included", () => {
    const text =
      'a cat\nSteps: 20, Sampler: Euler, Seed: 3, Civitai resources: [{"air":"urn:air:sdxl:checkpoint:civitai:101@202","weight":1},{"type":"lora","modelVersionId":7,"modelName":"Ink"}]';
    expect(a1111ModelReferences(parseA1111Parameters(text)!)).toEqual([
      { role: "checkpoint", name: null, hash: null, civitai: { modelName: null, versionName: null, modelVersionId: 202 }, foundIn: "Civitai resources" },
      { role: "lora", name: null, hash: null, civitai: { modelName: "Ink", versionName: null, modelVersionId: 7 }, foundIn: "Civitai resources" },
    ]);
  });

  it("is null for a text that is only a prompt", () => {
    expect(parseA1111Parameters("a cat, sitting, on a mat")).toBeNull();
    expect(generationMetadataFrom({ parameters: "just words" })).toBeNull();
  });
});

describe("ComfyUI graphs", () => {
  it("reads the checkpoint and LoRA loaders of the executed prompt", () => {
    expect(comfyPromptReferences(comfyPrompt({ ckptName: "SDXL/sd_xl_base_1.0.safetensors", loraName: "add_detail.safetensors" }))).toEqual([
      { role: "checkpoint", name: "SDXL/sd_xl_base_1.0.safetensors", hash: null, civitai: null, foundIn: "ComfyUI CheckpointLoaderSimple" },
      { role: "lora", name: "add_detail.safetensors", hash: null, civitai: null, foundIn: "ComfyUI LoraLoader" },
    ]);
  });

  it("reads UNETLoader models and notes a file name wired from another node", () => {
    const graph = JSON.stringify({
      "1": { class_type: "UNETLoader", inputs: { unet_name: "flux1-dev.safetensors", weight_dtype: "default" } },
      "2": { class_type: "CheckpointLoaderSimple", inputs: { ckpt_name: ["9", 0] } },
    });
    expect(comfyPromptReferences(graph)).toEqual([
      { role: "checkpoint", name: "flux1-dev.safetensors", hash: null, civitai: null, foundIn: "ComfyUI UNETLoader" },
      { role: "checkpoint", name: null, hash: null, civitai: null, foundIn: "ComfyUI CheckpointLoaderSimple (its file name is wired from another node)" },
    ]);
  });

  it("prefers the prompt over the workflow, and skips bypassed workflow nodes", () => {
    expect(
      generationMetadataFrom({ prompt: comfyPrompt({ ckptName: "a.safetensors" }), workflow: comfyWorkflow({ ckptName: "b.safetensors" }) })?.models.map(
        (model) => model.name,
      ),
    ).toEqual(["a.safetensors"]);
    expect(
      comfyWorkflowReferences(comfyWorkflow({ ckptName: "b.safetensors", loraName: "muted.safetensors", loraMode: 4 }))?.map((model) => model.name),
    ).toEqual(["b.safetensors"]);
  });

  it("is null for JSON that is not a graph, or not JSON", () => {
    expect(comfyPromptReferences("[1,2,3]")).toBeNull();
    expect(comfyPromptReferences('{"a": 1}')).toBeNull();
    expect(comfyPromptReferences("{not json")).toBeNull();
  });
});
