import { describe, expect, it } from "vitest";
import { lineageEdgeLabel } from "@/lib/catalog/lineage-labels";

describe("lineageEdgeLabel", () => {
  it("writes a relation as the app writes a kind", () => {
    expect(lineageEdgeLabel("FINETUNE", null)).toBe("Fine-tune");
    expect(lineageEdgeLabel("DISTILL", null)).toBe("Distilled");
    expect(lineageEdgeLabel("MERGE", null)).toBe("Merge");
  });

  it("gives a merge's weight as a percentage", () => {
    expect(lineageEdgeLabel("MERGE", 0.4)).toBe("Merge 40%");
    expect(lineageEdgeLabel("MERGE", 0.333)).toBe("Merge 33.3%");
  });
});
