import { beforeAll, describe, expect, it } from "vitest";
import type { BomVersion } from "@/lib/bom/bom-input";
import { bomFileName, buildCycloneDxBom } from "@/lib/bom/cyclonedx-bom";
import { cycloneDxErrors } from "@/tests/support/cyclonedx-schema";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

function version(n: number, parents: number[], extra: Partial<BomVersion> = {}): BomVersion {
  return {
    id: id(n),
    checkpointName: `Model ${n}`,
    checkpointSlug: `model-${n}`,
    version: "1.0",
    kind: parents.length > 1 ? "MERGE" : parents.length === 1 ? "FINETUNE" : "BASE",
    architecture: "SDXL",
    publisher: null,
    description: null,
    sourceUrl: null,
    sha256: null,
    fileName: null,
    fileSizeBytes: null,
    licenses: [],
    creatorTermsUrl: null,
    parents: parents.map((parent) => ({ id: id(parent), relation: parents.length > 1 ? "MERGE" : "FINETUNE", weight: null })),
    effective: {},
    approvals: [],
    ...extra,
  };
}

const options = { origin: "https://registry.example.com", serialUuid: "3b1f5e0c-6a8e-4c7e-9f4e-2d1c0b9a8f7e", now: new Date("2026-11-29T00:00:00Z") };

// Compiling the official schema takes seconds on a busy machine: once, outside any test's time limit.
beforeAll(() => {
  cycloneDxErrors({});
}, 120_000);

describe("buildCycloneDxBom", () => {
  it("stops at a cycle in the lineage instead of recursing forever, and stays valid", () => {
    const versions = new Map([version(1, [2]), version(2, [1])].map((entry) => [entry.id, entry]));
    const bom = buildCycloneDxBom([id(1)], versions, options);
    expect(bom.components[0]!.pedigree!.ancestors.map((ancestor) => ancestor.name)).toEqual(["Model 2"]);
    expect(bom.components[0]!.pedigree!.ancestors[0]!.pedigree).toBeUndefined();
    expect(cycloneDxErrors(bom)).toEqual([]);
  });

  it("concludes each licence once, own layers first, with name, URL and acknowledgement", () => {
    const base = version(1, [], { licenses: [{ key: "LicenseRef-a", name: "A", url: "https://example.com/a" }] });
    const child = version(2, [1], {
      licenses: [
        { key: "LicenseRef-b", name: "B", url: null },
        { key: "LicenseRef-a", name: "A", url: "https://example.com/a" },
      ],
    });
    const bom = buildCycloneDxBom([id(2)], new Map([base, child].map((entry) => [entry.id, entry])), options);
    expect(bom.components[0]!.licenses).toEqual([
      { license: { name: "B (LicenseRef-b)", acknowledgement: "concluded" } },
      { license: { name: "A (LicenseRef-a)", url: "https://example.com/a", acknowledgement: "concluded" } },
    ]);
  });

  it("the schema check is not vacuous: a wrong component type is reported", () => {
    const bom = buildCycloneDxBom([id(1)], new Map([[id(1), version(1, [])]]), options);
    expect(cycloneDxErrors(bom)).toEqual([]);
    expect(cycloneDxErrors({ ...bom, components: [{ ...bom.components[0], type: "model" }] })).not.toEqual([]);
    expect(cycloneDxErrors({ ...bom, specVersion: 1.6 })).not.toEqual([]);
  });

  it("names downloads after the version or the team and use", () => {
    expect(bomFileName(["FLUX.1 [dev]", "1.0"])).toBe("flux.1-dev-1.0.cdx.json");
    expect(bomFileName(["approved", "creative-studio", "COMMERCIAL_OUTPUTS", "2026-11-29"])).toBe(
      "approved-creative-studio-commercial-outputs-2026-11-29.cdx.json",
    );
  });
});
