import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { civitaiModelSchema, civitaiVersionSchema, mapCivitaiVersion, pickModelVersion } from "@/lib/intake/civitai-response";
import { huggingFaceModelSchema, mapHuggingFaceModel } from "@/lib/intake/huggingface-model";
import { buildImportPrefill, type ParentMatch } from "@/lib/intake/import-prefill";
import { readModelCard } from "@/lib/intake/model-card";
import { readPastedImport } from "@/lib/intake/pasted-import";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/intake/${name}`, import.meta.url), "utf8");
const civitaiModel = () => civitaiModelSchema.parse(JSON.parse(fixture("civitai-model-921337.json")));

describe("Civitai answers", () => {
  it("a model's version: base model → architecture, kind, candidate parent and Civitai's licence; the model's permissions", () => {
    const model = civitaiModel();
    const facts = mapCivitaiVersion(pickModelVersion(model, 1840221)!, model);
    expect(facts).toMatchObject({
      source: "CIVITAI",
      pageUrl: "https://civitai.com/models/921337?modelVersionId=1840221",
      name: "Aurora Lane XL",
      version: "v2.0",
      publisher: "lanternworks",
      architectureKey: "SDXL",
      kind: "FINETUNE",
      baseModels: [{ ref: "SDXL 1.0", candidates: ["SDXL 1.0", "SDXL"] }],
      licenses: [{ name: "CreativeML Open RAIL++-M", id: "openrail++" }],
      creatorTerms: { allowCommercialUse: ["IMAGE", "RENT_CIVIT"], allowNoCredit: false, allowDerivatives: true, allowDifferentLicense: false },
    });
    expect(facts.files.map((file) => file.name)).toEqual(["auroraLaneXL_v20.safetensors"]);
  });

  it("an older single-string allowCommercialUse, unknown values, and missing permission fields stay unknown (never permissive)", () => {
    const model = civitaiModelSchema.parse({
      id: 1,
      name: "Old",
      allowCommercialUse: "Rent",
      modelVersions: [{ id: 2, name: "v1", baseModel: "SD 1.5", files: [] }],
    });
    const facts = mapCivitaiVersion(model.modelVersions[0]!, model);
    expect(facts.creatorTerms).toEqual({
      allowCommercialUse: ["RENT"],
      allowNoCredit: null,
      allowDerivatives: null,
      allowDifferentLicense: null,
      origin: "Civitai model permissions",
    });
    const odd = civitaiModelSchema.parse({ id: 1, allowCommercialUse: ["Galaxy"], modelVersions: [] });
    expect(mapCivitaiVersion(civitaiVersionSchema.parse({ id: 3, files: [] }), odd).creatorTerms?.allowCommercialUse).toEqual([]);
  });

  it("an unmapped base model: architecture from the AIR, no parent or licence guessed, a note", () => {
    const facts = mapCivitaiVersion(civitaiVersionSchema.parse({ id: 5, baseModel: "Hunyuan 1", air: "urn:air:sdxl:checkpoint:civitai:4@5", files: [] }), null);
    expect(facts).toMatchObject({ architectureKey: "SDXL", baseModels: [], licenses: [], creatorTerms: null });
    expect(facts.notes.join(" ")).toMatch(/Hunyuan 1/);
  });

  it("a LoRA is flagged, and a malformed file entry does not sink the version", () => {
    const version = civitaiVersionSchema.parse({
      id: 7,
      baseModel: "SDXL 1.0",
      model: { name: "Tiny", type: "LORA" },
      files: [{ name: "x.safetensors", type: "Model", hashes: { SHA256: "nothex" }, sizeKB: "big" }],
    });
    const facts = mapCivitaiVersion(version, null);
    expect(facts.notes.join(" ")).toMatch(/LORA, not a checkpoint/);
    expect(facts.files).toEqual([{ name: "x.safetensors", sha256: null, autov2: null, sizeBytes: null, primary: false }]);
  });

  it("pickModelVersion: the one asked for, else the newest; null for a version the model lacks", () => {
    const model = civitaiModel();
    expect(pickModelVersion(model, 1511090)?.name).toBe("v1.0");
    expect(pickModelVersion(model, null)?.name).toBe("v2.0");
    expect(pickModelVersion(model, 5)).toBeNull();
  });
});

describe("Hugging Face answers and model cards", () => {
  it("model info: base_model list + relation merge → MERGE; licence other → license_name and link; top-level LFS files", () => {
    const facts = mapHuggingFaceModel(huggingFaceModelSchema.parse(JSON.parse(fixture("hf-model-driftwood-lab--Tidewater-Mix-XL.json"))));
    expect(facts).toMatchObject({
      kind: "MERGE",
      name: "Tidewater-Mix-XL",
      publisher: "driftwood-lab",
      architectureKey: "SDXL",
      licenses: [{ id: null, name: "fair-ai-public-license-1.0-sd", link: "https://freedevproject.org/faipl-1.0-sd/" }],
      baseModels: [
        { ref: "stabilityai/stable-diffusion-xl-base-1.0", sourceUrl: "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0" },
        { ref: "stabilityai/sdxl-turbo", sourceUrl: "https://huggingface.co/stabilityai/sdxl-turbo" },
      ],
    });
    expect(facts.files).toHaveLength(1);
    expect(facts.files[0]).toMatchObject({ name: "tidewater-mix-xl.safetensors", primary: true, sizeBytes: 6938040682 });
  });

  it.each([
    ["finetune", "FINETUNE"],
    ["merge", "MERGE"],
    ["quantized", "FINETUNE"],
    ["adapter", "FINETUNE"],
  ])("base_model_relation %s → %s", (relation, kind) => {
    const result = readModelCard(`---\nbase_model: stabilityai/stable-diffusion-xl-base-1.0\nbase_model_relation: ${relation}\n---\n`);
    expect(result.ok && result.facts.kind).toBe(kind);
  });

  it("no relation: one base model is a fine-tune, several a merge, none leaves the kind open", () => {
    const one = readModelCard("---\nbase_model: a/b\n---\n");
    const two = readModelCard("---\nbase_model:\n  - a/b\n  - c/d\n---\n");
    const none = readModelCard("---\nlicense: mit\n---\n");
    expect(one.ok && one.facts.kind).toBe("FINETUNE");
    expect(two.ok && two.facts.kind).toBe("MERGE");
    expect(none.ok && none.facts.kind).toBeNull();
    expect(none.ok && none.facts.licenses).toEqual([{ id: "mit", name: null, link: null, origin: "Model card README.md: license" }]);
  });

  it("refuses, with a plain message, a card without front matter, malformed YAML, a YAML alias bomb, a list instead of fields, an oversized card", () => {
    expect(readModelCard("# Just a heading")).toMatchObject({ ok: false, message: expect.stringMatching(/no metadata block/) });
    expect(readModelCard("---\nlicense: [unclosed\n---\n")).toMatchObject({ ok: false, message: expect.stringMatching(/not valid YAML/) });
    const bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n";
    expect(readModelCard(bomb)).toMatchObject({ ok: false });
    expect(readModelCard("---\n- a\n- b\n---\n")).toMatchObject({ ok: false, message: expect.stringMatching(/not a list of fields/) });
    expect(readModelCard(`---\nlicense: mit\n---\n${"x".repeat(2 * 1024 * 1024)}`)).toMatchObject({ ok: false, message: expect.stringMatching(/over 2 MB/) });
  });

  it("readPastedImport tells the pasted kinds apart", () => {
    expect(readPastedImport(fixture("civitai-model-921337.json"))).toMatchObject({ ok: true, kind: "civitai-model" });
    expect(readPastedImport(fixture("civitai-model-version-1840221.json"))).toMatchObject({ ok: true, kind: "civitai-version" });
    expect(readPastedImport(fixture("hf-model-harbor-arts--Quayside-1.5.json"))).toMatchObject({ ok: true, kind: "huggingface-model" });
    expect(readPastedImport(fixture("model-card-tidewater.md"), "README.md")).toMatchObject({ ok: true, kind: "model-card" });
    expect(readPastedImport('{"hello": 1}')).toMatchObject({ ok: false, message: expect.stringMatching(/neither/) });
    expect(readPastedImport("  ")).toMatchObject({ ok: false });
  });
});

describe("buildImportPrefill", () => {
  const licenses = [
    { id: "lic-rail-plus", key: "LicenseRef-creativeml-openrail-pp-m", name: "CreativeML Open RAIL++-M", aliases: ["openrail++"] },
    { id: "lic-rail", key: "LicenseRef-creativeml-openrail-m", name: "CreativeML Open RAIL-M", aliases: ["creativeml-openrail-m"] },
  ];
  const sdxl: ParentMatch = {
    ref: "SDXL 1.0",
    origin: "Civitai base model “SDXL 1.0”",
    match: { id: "v-sdxl", label: "Stable Diffusion XL 1.0", detail: "SDXL · base" },
  };

  it("every value carries its source; licences matched by alias; RAIL++-M never matches RAIL-M", () => {
    const model = civitaiModel();
    const prefill = buildImportPrefill(mapCivitaiVersion(pickModelVersion(model, null)!, model), { parents: [sdxl], licenses, architectureKeys: ["SDXL"] });
    expect(prefill.licenseIds).toEqual(["lic-rail-plus"]);
    expect(prefill.parents).toEqual([sdxl.match]);
    expect(prefill.creatorTerms).toMatchObject({ allowNoCredit: "no", allowDerivatives: "yes", allowDifferentLicense: "no" });
    for (const field of [
      "checkpointName",
      "version",
      "kind",
      "architectureKey",
      "publisher",
      "parents",
      "licenseIds",
      "creatorTerms",
      "sourceUrl",
      "sha256",
      "fileSizeBytes",
      "fileName",
    ] as const) {
      expect(prefill.sources[field], field).toBeTruthy();
    }
  });

  it("an unknown licence and an unmatched parent are returned for the submitter, never dropped; an unknown architecture is not set", () => {
    const card = readModelCard(
      "---\nlicense: other\nlicense_name: my-own-licence\nlicense_link: https://example.com/l\nbase_model: org/unknown\ntags: [flux]\n---\n",
    );
    if (!card.ok) throw new Error(card.message);
    const prefill = buildImportPrefill(card.facts, {
      parents: [{ ref: "org/unknown", origin: "x", match: null, reason: "not in the catalog" }],
      licenses,
      architectureKeys: ["SDXL"],
    });
    expect(prefill.licenseIds).toEqual([]);
    expect(prefill.unmatchedLicenses).toEqual([
      { id: null, name: "my-own-licence", link: "https://example.com/l", origin: "Model card README.md: license / license_name" },
    ]);
    expect(prefill.unmatchedParents).toEqual([{ ref: "org/unknown", reason: "not in the catalog" }]);
    expect(prefill.architectureKey).toBeNull();
    expect(prefill.sources.architectureKey).toBeUndefined();
    expect(prefill.notes.join(" ")).toMatch(/FLUX1 is not in the catalog/);
  });
});
