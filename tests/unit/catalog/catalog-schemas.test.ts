import { describe, expect, it } from "vitest";
import { addLineageEdgeSchema, updateCreatorTermsSchema, createVersionSchema } from "@/lib/schemas/catalog";

const uuid = "6f1c0e7e-6a53-4a4f-8a43-3b9a1f0c2d11";

describe("updateCreatorTermsSchema", () => {
  it("reads unanswered flags as not stated (null), never as permissive", () => {
    expect(updateCreatorTermsSchema.parse({ versionId: uuid, expectedRevision: "0" })).toMatchObject({
      allowCommercialUse: [],
      allowNoCredit: null,
      allowDerivatives: null,
      allowDifferentLicense: null,
      text: null,
      sourceUrl: null,
    });
    expect(updateCreatorTermsSchema.parse({ versionId: uuid, expectedRevision: "2", allowNoCredit: "no", allowDerivatives: "yes" })).toMatchObject({
      allowNoCredit: false,
      allowDerivatives: true,
    });
  });

  it("keeps Civitai's values in their own order and refuses unknown ones", () => {
    expect(updateCreatorTermsSchema.parse({ versionId: uuid, expectedRevision: "0", allowCommercialUse: ["SELL", "IMAGE"] }).allowCommercialUse).toEqual([
      "IMAGE",
      "SELL",
    ]);
    expect(updateCreatorTermsSchema.safeParse({ versionId: uuid, expectedRevision: "0", allowCommercialUse: ["FREE"] }).success).toBe(false);
  });
});

describe("createVersionSchema", () => {
  it("normalises the file hash, lists and numbers", () => {
    const parsed = createVersionSchema.parse({
      checkpointId: uuid,
      version: " v1 ",
      kind: "FINETUNE",
      architectureKey: "SDXL",
      sha256: "AB".repeat(32),
      fileSizeBytes: "6938078334",
      pros: "Fast\n\n Sharp \nFast",
      nativeResolution: "1024",
      promptStyle: "",
      releasedAt: "2024-06-12",
    });
    expect(parsed).toMatchObject({
      version: "v1",
      sha256: "ab".repeat(32),
      fileSizeBytes: 6938078334n,
      pros: ["Fast", "Sharp"],
      nativeResolution: 1024,
      promptStyle: null,
      publisher: null,
    });
    expect(parsed.releasedAt?.toISOString()).toBe("2024-06-12T00:00:00.000Z");
  });

  it.each([
    ["sha256", "xyz"],
    ["sourceUrl", "javascript:alert(1)"],
    ["nativeResolution", "big"],
    ["releasedAt", "12/06/2024"],
    ["kind", "CHECKPOINT"],
  ])("refuses a bad %s with a message for that field", (field, value) => {
    const result = createVersionSchema.safeParse({ checkpointId: uuid, version: "1", kind: "BASE", architectureKey: "SDXL", [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});

describe("addLineageEdgeSchema", () => {
  it("takes a merge weight between 0 and 1, or none", () => {
    expect(addLineageEdgeSchema.parse({ childId: uuid, parentId: uuid, relation: "MERGE", weight: "0.4" }).weight).toBe(0.4);
    expect(addLineageEdgeSchema.parse({ childId: uuid, parentId: uuid, relation: "FINETUNE", weight: "" }).weight).toBeNull();
    expect(addLineageEdgeSchema.safeParse({ childId: uuid, parentId: uuid, relation: "MERGE", weight: "1.5" }).success).toBe(false);
  });
});
