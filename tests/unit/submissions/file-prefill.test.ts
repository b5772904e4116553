import { describe, expect, it } from "vitest";
import { matchLicense, parentHashes, suggestedName, type LicenseOption } from "@/lib/reviews/file-prefill";

const LICENSES: LicenseOption[] = [
  { id: "m", key: "LicenseRef-creativeml-openrail-m", name: "CreativeML Open RAIL-M", aliases: ["creativeml-openrail-m"] },
  { id: "pp", key: "LicenseRef-creativeml-openrail-plus-plus-m", name: "CreativeML Open RAIL++-M", aliases: ["openrail++"] },
  { id: "flux", key: "LicenseRef-flux-1-dev-non-commercial", name: "FLUX.1 [dev] Non-Commercial License", aliases: ["flux-1-dev-non-commercial-license"] },
];

describe("matchLicense", () => {
  it.each([
    ["CreativeML Open RAIL++-M", "pp"],
    ["creativeml open rail++-m", "pp"],
    ["openrail++", "pp"],
    ["CreativeML Open RAIL-M", "m"],
    ["creativeml-openrail-m", "m"],
    ["LicenseRef-creativeml-openrail-m", "m"],
    ["flux-1-dev-non-commercial-license", "flux"],
  ])("%s is %s", (text, id) => {
    expect(matchLicense(text, LICENSES)?.id).toBe(id);
  });

  it.each([undefined, "", "MIT", "openrail"])("%s matches nothing", (text) => {
    expect(matchLicense(text, LICENSES)).toBeNull();
  });
});

describe("suggestedName", () => {
  it("prefers the ModelSpec title, else the file name", () => {
    expect(suggestedName({ title: " Example XL ", fileName: "x.safetensors" })).toBe("Example XL");
    expect(suggestedName({ fileName: "my_cool_mix_v2.safetensors" })).toBe("my cool mix v2");
  });
});

describe("parentHashes", () => {
  it("asks for full hashes, and short hashes only where no full one is known", () => {
    expect(
      parentHashes({ suggestedParents: [{ sha256: "a".repeat(64), shortHash: "aaaaaaaaaa" }, { shortHash: "bbbbbbbbbb" }, { name: "only a name" }] }),
    ).toEqual({ sha256: ["a".repeat(64)], short: ["bbbbbbbbbb"] });
  });
});
