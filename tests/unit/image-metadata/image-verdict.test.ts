import { describe, expect, it } from "vitest";
import { fileNameCandidates } from "@/lib/image-metadata/file-name-candidates";
import { imageVerdicts, type ModelCheck } from "@/lib/image-metadata/image-verdict";

const team = { slug: "creative-studio", name: "Creative Studio" };
const version = { id: "v1", name: "SDXL 1.0", sha256: null, fileName: null };
const approval = (use: "COMMERCIAL_OUTPUTS" | "RESEARCH") => ({
  use,
  approvalId: "a1",
  team: null,
  conditions: [],
  validUntil: "2030-01-01T00:00:00.000Z",
  waiver: null,
});
const checkpoint = (identification: ModelCheck["identification"], approvals: ModelCheck["approvals"] = []): ModelCheck => ({
  reference: { role: "checkpoint", name: "sd_xl_base_1.0", hash: "31e35c80fc", civitai: null, foundIn: "A1111 Model hash" },
  identification,
  approvals,
});
const commercial = (checks: ModelCheck[], hasMetadata = true, forTeam: typeof team | null = team) =>
  imageVerdicts(hasMetadata, checks, forTeam).find((entry) => entry.use === "COMMERCIAL_OUTPUTS")!;

describe("imageVerdicts", () => {
  it("approves a use only when every model is identified and approved for it", () => {
    const approved = checkpoint({ status: "IDENTIFIED", matchedBy: "AUTOV2", version }, [approval("COMMERCIAL_OUTPUTS")]);
    expect(commercial([approved])).toEqual({
      use: "COMMERCIAL_OUTPUTS",
      approved: true,
      message: "Approved for commercial outputs for your team (Creative Studio).",
    });
    expect(commercial([approved], true, null).message).toBe("Approved for commercial outputs for every team.");
    expect(imageVerdicts(true, [approved], team).find((entry) => entry.use === "RESEARCH")).toMatchObject({
      approved: false,
      message: "Not approved for research for your team (Creative Studio): SDXL 1.0 has no approval for it.",
    });
  });

  it.each([
    ["no metadata", [], false, "the file has no generation metadata"],
    ["no checkpoint", [], true, "its metadata names no checkpoint"],
    ["not catalogued", [checkpoint({ status: "NOT_IN_REGISTRY" })], true, 'Checkpoint "sd_xl_base_1.0" (31e35c80fc) is not in the registry.'],
    [
      "ambiguous",
      [checkpoint({ status: "AMBIGUOUS", matchedBy: "AUTOV2", candidates: [version, { ...version, id: "v2", name: "Copy 1.0" }] })],
      true,
      "matches 2 catalogued versions (SDXL 1.0, Copy 1.0)",
    ],
    [
      "unidentifiable",
      [{ ...checkpoint({ status: "UNIDENTIFIABLE" }), reference: { role: "checkpoint" as const, name: null, hash: null, civitai: null, foundIn: "x" } }],
      true,
      "cannot be looked up",
    ],
  ])("never approves: %s", (_case, checks, hasMetadata, message) => {
    const answer = commercial(checks, hasMetadata);
    expect(answer.approved).toBe(false);
    expect(answer.message).toContain(message);
  });
});

describe("fileNameCandidates", () => {
  it("compares a ComfyUI path by its file name, and an A1111 name without extension by every model extension", () => {
    expect(fileNameCandidates("SDXL\\sub/sd_xl_base_1.0.safetensors")).toEqual(expect.arrayContaining(["sd_xl_base_1.0.safetensors", "sd_xl_base_1.0.ckpt"]));
    expect(fileNameCandidates("sd_xl_base_1.0")).toEqual(expect.arrayContaining(["sd_xl_base_1.0", "sd_xl_base_1.0.safetensors", "sd_xl_base_1.0.ckpt"]));
    expect(fileNameCandidates(null)).toEqual([]);
    expect(fileNameCandidates("folder/")).toEqual([]);
  });
});
