import { describe, expect, it } from "vitest";
import { describeDescendants } from "@/lib/catalog/descendants";

describe("describeDescendants", () => {
  it("says when nothing derives from the model", () => {
    expect(describeDescendants("FLUX.1 [dev] 1.0", [])).toBe("No catalogued fine-tune or merge derives from FLUX.1 [dev] 1.0 yet.");
  });

  it("counts each kind, and how many derive directly", () => {
    expect(
      describeDescendants("FLUX.1 [dev] 1.0", [
        { kind: "FINETUNE", depth: 1 },
        { kind: "FINETUNE", depth: 1 },
        { kind: "MERGE", depth: 2 },
        { kind: "DISTILLED", depth: 3 },
      ]),
    ).toBe("2 fine-tunes, 1 merge and 1 distillation derive from FLUX.1 [dev] 1.0 (2 directly, 2 through other models).");
  });

  it("uses the singular for one model", () => {
    expect(describeDescendants("SDXL 1.0", [{ kind: "MERGE", depth: 1 }])).toBe("1 merge derives from SDXL 1.0 (directly).");
    expect(describeDescendants("SDXL 1.0", [{ kind: "MERGE", depth: 2 }])).toBe("1 merge derives from SDXL 1.0 (through other models).");
  });
});
