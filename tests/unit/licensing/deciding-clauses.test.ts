import { describe, expect, it } from "vitest";
import { decidingClauses, describeDecidingLayers } from "@/lib/licensing/deciding-clauses";
import type { LicenseLayerInput } from "@/lib/licensing/lineage-input";
import { compute, graph, version } from "./fixtures";

// RAIL++-M declared by SDXL, by a fine-tune of it and by a merge of both: one deciding licence.
const RAIL_PP: LicenseLayerInput = {
  licenseKey: "LicenseRef-creativeml-openrail-plus-plus-m",
  licenseName: "CreativeML Open RAIL++-M",
  licenseVersionId: "rail-pp@1",
  revision: 1,
  url: "https://github.com/Stability-AI/generative-models/blob/main/model_licenses/LICENSE-SDXL1.0",
  passThroughRestrictions: true,
  restrictionsText: "Attachment A",
  obligations: [],
  terms: {
    INTERNAL_EXPLORATION: { status: "CONDITIONAL", condition: "use restrictions", basis: "RAIL++-M §5 and Attachment A" },
    COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: "use restrictions", basis: "RAIL++-M §6 and §5" },
  },
};

const result = compute(
  "mix",
  graph(
    version("sdxl", { name: "SDXL 1.0", licenses: [RAIL_PP] }),
    version("ft", { name: "Clean Product XL", parents: ["sdxl"], licenses: [RAIL_PP] }),
    version("mix", { name: "XL Mix", kind: "MERGE", parents: ["ft", "sdxl"], licenses: [RAIL_PP] }),
  ),
);

describe("each deciding licence once per page", () => {
  it("groups the licence's provenance across the versions that declare it, with its clause and link", () => {
    const clauses = decidingClauses(result);
    expect(clauses).toHaveLength(1);
    expect(clauses[0]).toMatchObject({
      licenseName: "CreativeML Open RAIL++-M",
      url: RAIL_PP.url,
      declaredBy: ["XL Mix", "Clean Product XL", "SDXL 1.0"],
    });
    expect(clauses[0]!.clauses.find((clause) => clause.use === "COMMERCIAL_OUTPUTS")).toEqual({
      use: "COMMERCIAL_OUTPUTS",
      status: "CONDITIONAL",
      basis: "RAIL++-M §6 and §5",
      stated: true,
    });
    expect(clauses[0]!.clauses.map((clause) => clause.use)).toHaveLength(7);
  });

  it("names the licence once in 'decided by', with every version that declares it", () => {
    expect(result.uses.COMMERCIAL_OUTPUTS.provenance).toHaveLength(3);
    expect(describeDecidingLayers(result.uses.COMMERCIAL_OUTPUTS.provenance)).toEqual([
      "CreativeML Open RAIL++-M (licence of XL Mix, Clean Product XL and SDXL 1.0)",
    ]);
  });
});
