import { describe, expect, it } from "vitest";

import { inspectSafetensorsFile } from "@/lib/safetensors/inspect";
import {
  FIXTURES,
  MERGE_FIXTURE,
  MERGE_PARENTS,
  MODELSPEC_SDXL_FIXTURE,
  buildSafetensors,
  concat,
  lengthPrefix,
  type FixtureSpec,
} from "@/tests/support/safetensors-fixtures";

const fileOf = (spec: FixtureSpec, name = "model.safetensors") => {
  const bytes = buildSafetensors(spec);
  return new File([bytes], name);
};

async function inspect(file: File) {
  const result = await inspectSafetensorsFile(file);
  if (!result.ok) throw new Error(`inspection failed: ${result.error.message}`);
  return result.inspection;
}

describe("inspectSafetensorsFile", () => {
  it("pre-fills a merge: kind MERGE and its parents", async () => {
    const file = fileOf(MERGE_FIXTURE, "ab-mix.safetensors");
    const inspection = await inspect(file);
    expect(inspection).toMatchObject({
      fileName: "ab-mix.safetensors",
      fileSize: file.size,
      architecture: "SD1",
      suggestedKind: "MERGE",
      suggestedParents: [
        { sha256: MERGE_PARENTS.primary.sha256, name: MERGE_PARENTS.primary.name, weight: 0.7 },
        { sha256: MERGE_PARENTS.secondary.sha256, name: MERGE_PARENTS.secondary.name, weight: 0.3 },
      ],
      warnings: [],
    });
    expect(inspection.headerSize).toBeGreaterThan(0);
    expect(inspection.architectureEvidence).toMatch(/\[320, 768\]/);
    expect(inspection.metadata.sd_merge_recipe).toContain("Weighted sum");
  });

  it("pre-fills title, author, license and resolution from ModelSpec", async () => {
    const inspection = await inspect(fileOf(MODELSPEC_SDXL_FIXTURE));
    expect(inspection).toMatchObject({
      architecture: "SDXL",
      title: "Example XL",
      author: "Example Studio",
      license: "CreativeML Open RAIL++-M",
      resolution: "1024x1024",
      suggestedKind: null,
      suggestedParents: [],
      warnings: [],
    });
    expect(inspection.architectureNote).toMatch(/Pony.*Illustrious/);
    expect(inspection.tensorCount).toBe(FIXTURES.SDXL.tensors.length);
  });

  it("leaves out fields the file does not have", async () => {
    const inspection = await inspect(fileOf(FIXTURES.SD2));
    expect(inspection.architecture).toBe("SD2");
    expect(Object.keys(inspection)).not.toContain("title");
    expect(inspection.suggestedKind).toBeNull();
  });

  it("says a LoRA is not a checkpoint", async () => {
    const inspection = await inspect(fileOf(FIXTURES.LORA, "style.safetensors"));
    expect(inspection.architecture).toBeNull();
    expect(inspection.architectureNote).toMatch(/LoRA, not a checkpoint/);
  });

  it("trusts the shapes over the metadata and says so", async () => {
    const inspection = await inspect(fileOf({ tensors: FIXTURES.SD1.tensors, metadata: { "modelspec.architecture": "stable-diffusion-xl-v1-base" } }));
    expect(inspection.architecture).toBe("SD1");
    expect(inspection.warnings.join(" ")).toMatch(/metadata says stable-diffusion-xl-v1-base but the tensor shapes are SD1/);
  });

  it("falls back to ModelSpec when the shapes are inconclusive", async () => {
    const spec: FixtureSpec = {
      tensors: [{ name: "transformer.blocks.0.weight", dtype: "F16", shape: [2, 2] }],
      metadata: { "modelspec.architecture": "flux-1-dev" },
    };
    const inspection = await inspect(fileOf(spec));
    expect(inspection.architecture).toBe("FLUX1");
    expect(inspection.architectureEvidence).toMatch(/from metadata, not from tensor shapes/);
    expect(inspection.architectureNote).toMatch(/metadata alone: confirm it/);
  });

  it("warns about a name that does not end in .safetensors", async () => {
    const inspection = await inspect(fileOf(FIXTURES.SD3, "model.ckpt"));
    expect(inspection.architecture).toBe("SD3");
    expect(inspection.warnings.join(" ")).toMatch(/does not end in \.safetensors/);
  });

  it("returns the header error for a file that is not safetensors", async () => {
    const result = await inspectSafetensorsFile(new File([concat(lengthPrefix(500), new Uint8Array(10))], "broken.safetensors"));
    expect(result.ok ? "ok" : result.error.code).toBe("HEADER_EXCEEDS_FILE");
  });

  it("accepts a plain Blob without a name", async () => {
    const result = await inspectSafetensorsFile(new Blob([buildSafetensors(FIXTURES.STABLE_CASCADE)]));
    expect(result.ok && [result.inspection.fileName, result.inspection.architecture]).toEqual(["", "STABLE_CASCADE"]);
  });
});
