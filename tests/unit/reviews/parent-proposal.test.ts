import { describe, expect, it } from "vitest";
import { inspectSafetensorsFile } from "@/lib/safetensors/inspect";
import type { ArchitectureKey } from "@/lib/safetensors/architecture";
import { isProposalApplied, proposalLookup, proposeFromRecipe, proposeFromShapes, type BaseCandidate, type RecipeMatch } from "@/lib/reviews/parent-proposal";
import { BASE_CHECKPOINTS } from "@/prisma/seed-data/checkpoints";
import { COMMUNITY_CHECKPOINTS } from "@/prisma/seed-data/community-checkpoints";
import { FIXTURES, MERGE_FIXTURE, MERGE_PARENTS, buildSafetensors, type FixtureSpec } from "@/tests/support/safetensors-fixtures";

async function inspect(spec: FixtureSpec) {
  const result = await inspectSafetensorsFile(new File([buildSafetensors(spec)], "model.safetensors"));
  if (!result.ok) throw new Error(result.error.message);
  return result.inspection;
}

// What GET /submit/search?type=bases answers on the seeded catalog.
function seededBases(architecture: ArchitectureKey): BaseCandidate[] {
  return [...BASE_CHECKPOINTS, ...COMMUNITY_CHECKPOINTS].flatMap((checkpoint) =>
    checkpoint.versions
      .filter((version) => version.kind === "BASE" && version.architectureKey === architecture)
      .map((version) => ({
        id: `${checkpoint.slug}@${version.version}`,
        label: `${checkpoint.name} ${version.version}`,
        detail: `${architecture} · base`,
        sourceUrl: version.sourceUrl,
        names: [checkpoint.name, ...checkpoint.aliases],
      })),
  );
}

const base = (id: string, overrides: Partial<BaseCandidate> = {}): BaseCandidate => ({
  id,
  label: id,
  detail: "base",
  sourceUrl: null,
  names: [id],
  ...overrides,
});

describe("a file's shapes propose the seeded catalog's base", () => {
  it.each<{ fixture: keyof typeof FIXTURES; parent: string; guessSays: RegExp }>([
    { fixture: "FLUX_DEV", parent: "FLUX.1 [dev] 1.0", guessSays: /guidance-distilled/ },
    { fixture: "FLUX_SCHNELL", parent: "FLUX.1 [schnell] 1.0", guessSays: /without a guidance embedding/ },
    { fixture: "SD1", parent: "Stable Diffusion v1 1.5", guessSays: /SD 1\.x/ },
    { fixture: "SD2", parent: "Stable Diffusion v2 2.1", guessSays: /768-v/ },
    { fixture: "SDXL", parent: "Stable Diffusion XL 1.0", guessSays: /Pony Diffusion, Illustrious XL/ },
    { fixture: "SD3", parent: "Stable Diffusion 3.5 Large", guessSays: /Medium/ },
    { fixture: "STABLE_CASCADE", parent: "Stable Cascade 1.0", guessSays: /stage C/ },
  ])("$fixture -> $parent, kind fine-tune", async ({ fixture, parent, guessSays }) => {
    const inspection = await inspect(FIXTURES[fixture]);
    const lookup = proposalLookup(inspection);
    expect(lookup).toEqual({ by: "shapes", architecture: inspection.architecture });
    const proposal = proposeFromShapes(inspection.architectureLookalike, seededBases(inspection.architecture!));
    expect(proposal?.kind).toBe("FINETUNE");
    expect(proposal?.parents.map((option) => option.label)).toEqual([parent]);
    expect(proposal?.caveat).toMatch(/^A guess from the shapes alone/);
    expect(proposal?.caveat).toMatch(guessSays);
  });

  it("proposes nothing for files that are not checkpoints, nor for the SDXL refiner", async () => {
    expect(proposalLookup(await inspect(FIXTURES.LORA))).toBeNull();
    expect(proposalLookup(await inspect(FIXTURES.VAE))).toBeNull();
    const refiner = await inspect({
      tensors: [
        { name: "model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight", dtype: "F16", shape: [768, 1280] },
        { name: "model.diffusion_model.label_emb.0.0.weight", dtype: "F16", shape: [2, 2] },
      ],
    });
    expect(refiner.architectureLookalike).toBe("SDXL_REFINER");
    expect(proposalLookup(refiner)).toBeNull();
    expect(proposeFromShapes("SDXL_REFINER", seededBases("SDXL"))).toBeNull();
  });

  it("proposes nothing when the catalog has no such base: a [schnell] file never gets [dev]", () => {
    const devOnly = seededBases("FLUX1").filter((candidate) => candidate.label.includes("[dev]"));
    expect(proposeFromShapes("FLUX1_SCHNELL", devOnly)).toBeNull();
    expect(proposeFromShapes("FLUX1_DEV", [])).toBeNull();
  });

  it("matches by source URL first (trailing slash and case aside), else by a checkpoint name or alias", () => {
    const byUrl = proposeFromShapes("FLUX1_DEV", [
      base("renamed", { sourceUrl: "https://huggingface.co/Black-Forest-Labs/FLUX.1-dev/" }),
      base("other", { names: ["Something else"] }),
    ]);
    expect(byUrl?.parents.map((option) => option.id)).toEqual(["renamed"]);
    const byAlias = proposeFromShapes("SD1", [base("a", { names: ["My SD", "sd 1.5"] }), base("b")]);
    expect(byAlias?.parents.map((option) => option.id)).toEqual(["a"]);
  });

  it("never guesses between two catalogued bases that both fit", () => {
    expect(proposeFromShapes("SD1", [base("a", { names: ["SD 1.5"] }), base("b", { names: ["Stable Diffusion 1.5"] })])).toBeNull();
    const url = "https://huggingface.co/stabilityai/stable-diffusion-2-1";
    expect(proposeFromShapes("SD2", [base("a", { sourceUrl: url }), base("b", { sourceUrl: url })])).toBeNull();
  });
});

describe("a merge recipe proposes its catalogued parents and kind merge", () => {
  it("looks the merge up by its recipe's hashes, not by its shapes", async () => {
    const inspection = await inspect(MERGE_FIXTURE);
    expect(proposalLookup(inspection)).toEqual({ by: "recipe", sha256: [MERGE_PARENTS.primary.sha256, MERGE_PARENTS.secondary.sha256], short: [] });
  });

  it("proposes the parents found, in recipe order, and names the ones that are not catalogued", async () => {
    const inspection = await inspect(MERGE_FIXTURE);
    const matches: RecipeMatch[] = [{ id: "v-b", label: "Finetune B 1.0", detail: "SD1 · fine-tune", hash: MERGE_PARENTS.secondary.sha256 }];
    const proposal = proposeFromRecipe(inspection.suggestedParents, matches);
    expect(proposal).toMatchObject({ kind: "MERGE", parents: [{ id: "v-b", label: "Finetune B 1.0" }] });
    expect(proposal.reason).toMatch(/merge of 2 models/);
    expect(proposal.caveat).toMatch(/Not in the catalog, so not proposed: base-model-a\.safetensors/);

    const both = proposeFromRecipe(inspection.suggestedParents, [
      ...matches,
      { id: "v-a", label: "Base A 1.0", detail: "SD1 · base", hash: MERGE_PARENTS.primary.sha256 },
    ]);
    expect(both.parents.map((parent) => parent.id)).toEqual(["v-a", "v-b"]);
    expect(both.caveat).toBeNull();
  });

  it("matches a parent named only by A1111's short hash", () => {
    const proposal = proposeFromRecipe([{ shortHash: "0123456789" }], [{ id: "v", label: "V 1", detail: "", hash: "0123456789" }]);
    expect(proposal.parents.map((parent) => parent.id)).toEqual(["v"]);
  });
});

describe("isProposalApplied", () => {
  const proposal = { kind: "FINETUNE" as const, parents: [{ id: "p", label: "P", detail: "" }], reason: "", caveat: null };
  it("is true once the form holds the kind and every proposed parent", () => {
    expect(isProposalApplied(proposal, { kind: "FINETUNE", parents: [{ id: "x" }, { id: "p" }] })).toBe(true);
    expect(isProposalApplied(proposal, { kind: "", parents: [{ id: "p" }] })).toBe(false);
    expect(isProposalApplied(proposal, { kind: "FINETUNE", parents: [] })).toBe(false);
  });
});
