import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { importCheckpoint, type ImportOutcome } from "@/lib/server/intake/import-checkpoint";
import { verifyImportReceipt } from "@/lib/server/intake/import-receipt";
import { tableCounts, withIntakeWorld } from "./support";

// Every mapping of the import, against the recorded answers served by the local stand-in and the
// seeded demo catalog; each import writes nothing.

const world = withIntakeWorld();
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/intake/${name}`, import.meta.url), "utf8");
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function imported(input: Parameters<typeof importCheckpoint>[0]): Promise<Extract<ImportOutcome, { status: "imported" }>> {
  const before = await tableCounts();
  const outcome = await importCheckpoint(input);
  expect(await tableCounts()).toEqual(before);
  if (outcome.status !== "imported") throw new Error(`import failed: ${outcome.problem.message}`);
  return outcome;
}

async function ids() {
  const [sdxl, turbo, sd15, railPlus, railM, faipl] = await Promise.all([
    prisma.checkpointVersion.findFirstOrThrow({ where: { checkpoint: { name: "Stable Diffusion XL" }, version: "1.0" }, select: { id: true } }),
    prisma.checkpointVersion.findFirstOrThrow({ where: { checkpoint: { name: "SDXL Turbo" } }, select: { id: true } }),
    prisma.checkpointVersion.findFirstOrThrow({ where: { checkpoint: { name: "Stable Diffusion v1" }, version: "1.5" }, select: { id: true } }),
    prisma.license.findFirstOrThrow({ where: { aliases: { has: "openrail++" } }, select: { id: true } }),
    prisma.license.findFirstOrThrow({ where: { aliases: { has: "creativeml-openrail-m" } }, select: { id: true } }),
    prisma.license.findFirstOrThrow({ where: { aliases: { has: "fair-ai-public-license-1.0-sd" } }, select: { id: true } }),
  ]);
  return { sdxl: sdxl.id, turbo: turbo.id, sd15: sd15.id, railPlus: railPlus.id, railM: railM.id, faipl: faipl.id };
}

const AURORA_SHA = JSON.parse(fixture("civitai-model-version-1840221.json")).files[0].hashes.SHA256.toLowerCase() as string;

describe("importing from Civitai", () => {
  it("maps a fine-tune of SDXL: names, parent SDXL 1.0, its licence, the four permissions and the primary file", async () => {
    const { sdxl, railPlus } = await ids();
    const { prefill, provenance, receipt } = await imported({
      mode: "reference",
      reference: "https://civitai.com/models/921337/aurora-lane-xl?modelVersionId=1840221",
    });

    expect(prefill).toMatchObject({
      source: "CIVITAI",
      checkpointName: "Aurora Lane XL",
      version: "v2.0",
      kind: "FINETUNE",
      architectureKey: "SDXL",
      publisher: "lanternworks",
      licenseIds: [railPlus],
      creatorTerms: { allowCommercialUse: ["IMAGE", "RENT_CIVIT"], allowNoCredit: "no", allowDerivatives: "yes", allowDifferentLicense: "no" },
      sourceUrl: "https://civitai.com/models/921337?modelVersionId=1840221",
      sha256: AURORA_SHA,
      fileSizeBytes: String(Math.round(6775430.35 * 1024)),
      fileName: "auroraLaneXL_v20.safetensors",
      unmatchedLicenses: [],
      unmatchedParents: [],
    });
    expect(prefill.parents.map((parent) => parent.id)).toEqual([sdxl]);
    expect(prefill.parents[0]!.label).toBe("Stable Diffusion XL 1.0");
    expect(prefill.creatorTermsNote).toMatch(/most permissive values as defaults/);
    // Every prefilled field names its source.
    expect(Object.keys(prefill.sources).sort()).toEqual(
      [
        "architectureKey",
        "checkpointName",
        "creatorTerms",
        "fileName",
        "fileSizeBytes",
        "kind",
        "licenseIds",
        "parents",
        "publisher",
        "sha256",
        "sourceUrl",
        "version",
      ].sort(),
    );
    expect(prefill.sources.parents).toContain("SDXL 1.0");
    // Only the model file, with its SHA-256, AutoV2 and size; the VAE is not the checkpoint.
    expect(prefill.files).toEqual([
      {
        name: "auroraLaneXL_v20.safetensors",
        sha256: AURORA_SHA,
        autov2: AURORA_SHA.slice(0, 10).toUpperCase(),
        sizeBytes: Math.round(6775430.35 * 1024),
        primary: true,
      },
    ]);

    // Provenance: the one answer read, its address and the SHA-256 of its raw bytes; signed.
    expect(provenance).toMatchObject({ source: "CIVITAI", via: "FETCHED", pageUrl: "https://civitai.com/models/921337?modelVersionId=1840221" });
    expect(provenance.responses).toHaveLength(1);
    expect(provenance.responses[0]!.url).toBe(`${world.server().civitaiApiUrl}/models/921337`);
    expect(provenance.responses[0]!.sha256).toBe(sha256(fixture("civitai-model-921337.json")));
    expect(verifyImportReceipt(receipt)).toEqual(provenance);
  });

  it("reads the same version from an AIR, a model-version URL and a file hash (version, then its model for the permissions)", async () => {
    const byAir = await imported({ mode: "reference", reference: "urn:air:sdxl:checkpoint:civitai:921337@1840221" });
    const byVersionUrl = await imported({ mode: "reference", reference: "civitai.com/model-versions/1840221" });
    const byAutoV2 = await imported({ mode: "reference", reference: AURORA_SHA.slice(0, 10) });
    const bySha = await imported({ mode: "reference", reference: AURORA_SHA });
    for (const outcome of [byAir, byVersionUrl, byAutoV2, bySha]) {
      expect(outcome.prefill).toMatchObject({
        checkpointName: "Aurora Lane XL",
        version: "v2.0",
        sha256: AURORA_SHA,
        creatorTerms: { allowCommercialUse: ["IMAGE", "RENT_CIVIT"] },
      });
    }
    expect(byVersionUrl.provenance.responses.map((response) => new URL(response.url!).pathname)).toEqual([
      "/civitai/api/v1/model-versions/1840221",
      "/civitai/api/v1/models/921337",
    ]);
    expect(new URL(byAutoV2.provenance.responses[0]!.url!).pathname).toBe(`/civitai/api/v1/model-versions/by-hash/${AURORA_SHA.slice(0, 10).toUpperCase()}`);
  });

  it("takes a model's newest version when the URL names none", async () => {
    const { prefill } = await imported({ mode: "reference", reference: "https://civitai.com/models/921337" });
    expect(prefill.version).toBe("v2.0");
  });

  it("maps a Pony merge: parent Pony Diffusion V6 XL, kind from checkpointType, Civitai's licence offered as new, the permissive defaults flagged", async () => {
    const pony = await prisma.checkpointVersion.findFirstOrThrow({ where: { checkpoint: { name: "Pony Diffusion" } }, select: { id: true } });
    const { prefill } = await imported({ mode: "reference", reference: "https://civitai.com/models/700812" });
    expect(prefill.kind).toBe("MERGE");
    expect(prefill.sources.kind).toMatch(/checkpoint type “Merge”/);
    expect(prefill.parents.map((parent) => parent.id)).toEqual([pony.id]);
    expect(prefill.licenseIds).toEqual([]);
    expect(prefill.unmatchedLicenses).toEqual([expect.objectContaining({ name: "Pony", link: "https://purplesmart.ai/license" })]);
    expect(prefill.creatorTerms).toEqual({
      allowCommercialUse: ["SELL"],
      allowNoCredit: "yes",
      allowDerivatives: "yes",
      allowDifferentLicense: "yes",
      sourceUrl: "https://civitai.com/models/700812?modelVersionId=990001",
    });
    expect(prefill.creatorTermsNote).toMatch(/defaults/);
  });
});

describe("importing from Hugging Face", () => {
  it("maps a merge with two base_model entries: kind MERGE, both catalogued parents, LFS file hashes; its license_name matched by the library licence's alias", async () => {
    const { sdxl, turbo, faipl } = await ids();
    const { prefill, provenance } = await imported({ mode: "reference", reference: "https://huggingface.co/driftwood-lab/Tidewater-Mix-XL/tree/main" });
    const merge = JSON.parse(fixture("hf-model-driftwood-lab--Tidewater-Mix-XL.json"));
    const weights = merge.siblings[2];
    expect(prefill).toMatchObject({
      source: "HUGGING_FACE",
      checkpointName: "Tidewater-Mix-XL",
      publisher: "driftwood-lab",
      kind: "MERGE",
      architectureKey: "SDXL",
      sourceUrl: "https://huggingface.co/driftwood-lab/Tidewater-Mix-XL",
      sha256: weights.lfs.sha256,
      fileSizeBytes: String(weights.lfs.size),
      fileName: "tidewater-mix-xl.safetensors",
      licenseIds: [faipl],
      creatorTerms: null,
    });
    expect(prefill.sources.kind).toMatch(/base_model_relation “merge”/);
    expect(prefill.parents.map((parent) => parent.id).sort()).toEqual([sdxl, turbo].sort());
    // The licence library knows the Fair AI Public License 1.0-SD (Illustrious XL v0.1's) by this name.
    expect(prefill.sources.licenseIds).toMatch(/fair-ai-public-license-1\.0-sd/);
    expect(prefill.unmatchedLicenses).toEqual([]);
    // Sub-folder files of a diffusers repo are parts of one model, not the checkpoint file.
    expect(prefill.files.map((file) => file.name)).toEqual(["tidewater-mix-xl.safetensors"]);
    expect(prefill.files[0]!.autov2).toBe(weights.lfs.sha256.slice(0, 10).toUpperCase());
    expect(provenance.responses[0]!.url).toBe(`${world.server().hfEndpoint}/api/models/driftwood-lab/Tidewater-Mix-XL?blobs=true`);
    expect(provenance.responses[0]!.sha256).toBe(sha256(fixture("hf-model-driftwood-lab--Tidewater-Mix-XL.json")));
  });

  it("maps a fine-tune: one base_model (matched by the source URL the catalog records), its licence by alias", async () => {
    const { sd15, railM } = await ids();
    const { prefill } = await imported({ mode: "reference", reference: "harbor-arts/Quayside-1.5" });
    expect(prefill.kind).toBe("FINETUNE");
    expect(prefill.parents.map((parent) => parent.id)).toEqual([sd15]);
    expect(prefill.licenseIds).toEqual([railM]);
    expect(prefill.sources.licenseIds).toMatch(/creativeml-openrail-m/);
  });
});

describe("importing offline", () => {
  it("reads a pasted Civitai model-version JSON: facts without permissions (the version carries none), recorded as pasted", async () => {
    const { sdxl } = await ids();
    const text = fixture("civitai-model-version-1840221.json");
    const { prefill, provenance } = await imported({ mode: "paste", text, fileName: null });
    expect(prefill).toMatchObject({ checkpointName: "Aurora Lane XL", version: "v2.0", sha256: AURORA_SHA, creatorTerms: null });
    expect(prefill.parents.map((parent) => parent.id)).toEqual([sdxl]);
    expect(prefill.notes.join(" ")).toMatch(/no creator permissions/);
    expect(provenance).toEqual({
      source: "CIVITAI",
      via: "PASTED",
      pageUrl: "https://civitai.com/models/921337?modelVersionId=1840221",
      responses: [{ url: null, fetchedAt: null, sha256: sha256(text) }],
    });
  });

  it("reads a dropped model card: two base models → MERGE with both parents, its licence by alias", async () => {
    const { sdxl, turbo, faipl } = await ids();
    const text = fixture("model-card-tidewater.md");
    const { prefill, provenance } = await imported({ mode: "paste", text, fileName: "README.md" });
    expect(prefill.kind).toBe("MERGE");
    expect(prefill.parents.map((parent) => parent.id).sort()).toEqual([sdxl, turbo].sort());
    expect(prefill.licenseIds).toEqual([faipl]);
    expect(prefill.unmatchedLicenses).toEqual([]);
    expect(provenance).toMatchObject({ source: "HUGGING_FACE", via: "PASTED", pageUrl: null });
  });
});
