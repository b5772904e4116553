import { describe, expect, it } from "vitest";
import { describeUseTerm, describeWaiverNeed, refusalMessage } from "@/lib/licensing/use-reasons";
import { compute, creator, everyUse, graph, license, version } from "./fixtures";

const FLUX_NC = license(
  "LicenseRef-flux-nc",
  { ...everyUse("ALLOWED"), HOSTED_SERVICE: "FORBIDDEN", COMMERCIAL_OUTPUTS: "FORBIDDEN" },
  { name: "FLUX.1 [dev] Non-Commercial License" },
);
const OPEN = license("LicenseRef-open", everyUse("ALLOWED"), { name: "Open" });
const SILENT = license("LicenseRef-silent", { INTERNAL_EXPLORATION: "ALLOWED" }, { name: "Terse Licence" });

describe("describeUseTerm", () => {
  it("names the licence and the version it belongs to", () => {
    const terms = compute("flux", graph(version("flux", { name: "FLUX.1 [dev] 1.0", licenses: [FLUX_NC] })));
    expect(describeUseTerm(terms.uses.HOSTED_SERVICE)).toBe("Hosted service is forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0)");
  });

  it("names an ancestor's licence once, with every version that declares it", () => {
    const terms = compute(
      "tune",
      graph(
        version("flux", { name: "FLUX.1 [dev] 1.0", licenses: [FLUX_NC] }),
        version("tune", { name: "Flux Portraits v1", parents: ["flux"], licenses: [FLUX_NC] }),
      ),
    );
    expect(describeUseTerm(terms.uses.HOSTED_SERVICE)).toBe(
      "Hosted service is forbidden by FLUX.1 [dev] Non-Commercial License (licence of Flux Portraits v1 and FLUX.1 [dev] 1.0)",
    );
  });

  it("names creator terms when they decide", () => {
    const terms = compute("v", graph(version("v", { name: "No Commerce XL v1", licenses: [OPEN], creatorTerms: creator({ allowCommercialUse: ["NONE"] }) })));
    expect(describeUseTerm(terms.uses.COMMERCIAL_OUTPUTS)).toBe("Commercial outputs is forbidden by creator terms of No Commerce XL v1");
  });

  it("says a silent licence does not state the use", () => {
    const terms = compute("v", graph(version("v", { name: "Quiet v1", licenses: [SILENT] })));
    expect(describeUseTerm(terms.uses.HOSTED_SERVICE)).toBe(
      "Hosted service is unknown because of Terse Licence (licence of Quiet v1), which does not state this use",
    );
  });

  it("says when no licence is recorded", () => {
    const terms = compute("v", graph(version("v", { name: "Bare v1" })));
    expect(describeUseTerm(terms.uses.HOSTED_SERVICE)).toBe("Hosted service is unknown because of no licence recorded for Bare v1");
  });
});

describe("refusalMessage", () => {
  it("says which use needs a waiver and why, one sentence each", () => {
    const terms = compute("flux", graph(version("flux", { name: "FLUX.1 [dev] 1.0", licenses: [FLUX_NC] })));
    expect(describeWaiverNeed(terms.uses.COMMERCIAL_OUTPUTS)).toBe(
      "Commercial outputs needs a waiver: it is forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0).",
    );
    expect(refusalMessage([terms.uses.COMMERCIAL_OUTPUTS, terms.uses.HOSTED_SERVICE])).toBe(
      "Commercial outputs needs a waiver: it is forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0). " +
        "Hosted service needs a waiver: it is forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0).",
    );
  });

  it("keeps the general sentence when no use is missing a waiver", () => {
    expect(refusalMessage([])).toBe("Some uses cannot be approved as they stand.");
  });
});
