import { describe, expect, it } from "vitest";
import { parseImportReference } from "@/lib/intake/import-reference";

describe("parseImportReference", () => {
  it.each([
    ["https://civitai.com/models/921337/aurora-lane-xl?modelVersionId=1840221", { source: "CIVITAI", modelId: 921337, versionId: 1840221 }],
    ["civitai.com/models/921337", { source: "CIVITAI", modelId: 921337, versionId: null }],
    ["https://www.civitai.com/models/921337?modelVersionId=1840221&tab=files", { source: "CIVITAI", modelId: 921337, versionId: 1840221 }],
    ["https://civitai.com/model-versions/1840221", { source: "CIVITAI", modelId: null, versionId: 1840221 }],
    ["https://civitai.com/api/download/models/1840221", { source: "CIVITAI", modelId: null, versionId: 1840221 }],
    ["urn:air:sdxl:checkpoint:civitai:921337@1840221", { source: "CIVITAI", modelId: 921337, versionId: 1840221 }],
    ["urn:air:sd1:lora:civitai:12@34.safetensors", { source: "CIVITAI", modelId: 12, versionId: 34 }],
    ["urn:air:flux1:checkpoint:civitai:618692", { source: "CIVITAI", modelId: 618692, versionId: null }],
    ["A5F58EB1C3", { source: "CIVITAI_HASH", hash: "A5F58EB1C3" }],
    ["a".repeat(64), { source: "CIVITAI_HASH", hash: "A".repeat(64) }],
    ["https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0", { source: "HUGGING_FACE", repoId: "stabilityai/stable-diffusion-xl-base-1.0" }],
    ["https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/README.md", { source: "HUGGING_FACE", repoId: "black-forest-labs/FLUX.1-dev" }],
    ["huggingface.co/driftwood-lab/Tidewater-Mix-XL/tree/main", { source: "HUGGING_FACE", repoId: "driftwood-lab/Tidewater-Mix-XL" }],
    ["https://hf.co/harbor-arts/Quayside-1.5", { source: "HUGGING_FACE", repoId: "harbor-arts/Quayside-1.5" }],
    ["  stabilityai/sdxl-turbo  ", { source: "HUGGING_FACE", repoId: "stabilityai/sdxl-turbo" }],
  ])("reads %s", (input, reference) => {
    expect(parseImportReference(input)).toEqual({ ok: true, reference });
  });

  it.each([
    ["", /Enter what to import/],
    ["https://evil.example/models/1", /Only civitai.com and huggingface.co addresses/],
    ["https://civitai.com.evil.example/models/1", /Only civitai.com and huggingface.co/],
    ["http://127.0.0.1:3000/api/v1/models/1", /Only civitai.com and huggingface.co/],
    ["file:///etc/passwd", /Enter a Civitai model URL/],
    ["https://civitai.com/user/lanternworks", /names no model/],
    ["https://civitai.com/models/1?modelVersionId=abc", /not a number/],
    ["https://civitai.com/models/99999999999", /out of range/],
    ["urn:air:sdxl:checkpoint:huggingface:org/name", /Only Civitai AIRs/],
    ["https://huggingface.co/datasets/org/name", /dataset or Space/],
    ["https://huggingface.co/org", /names no model repo/],
    ["org/../name", /Enter a Civitai model URL/],
    ["just words", /Enter a Civitai model URL/],
    ["x".repeat(501), /too long/],
  ])("refuses %s", (input, message) => {
    const parsed = parseImportReference(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
