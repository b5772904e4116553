import { describe, expect, it } from "vitest";
import { autoV2, hashPrefixOf, hashPrefixRange } from "@/lib/catalog/autov2";

const sha = "6ce0161689b3853acaa03779ec93eafe75a02f4ced659bee03f50797806fa2fa";

describe("autoV2", () => {
  it("is the first 10 hex digits of the SHA-256, lower-case", () => {
    expect(autoV2(sha)).toBe("6ce0161689");
    expect(autoV2(sha.toUpperCase())).toBe("6ce0161689");
  });

  it("is null without a well-formed SHA-256", () => {
    expect(autoV2(null)).toBeNull();
    expect(autoV2(sha.slice(0, 63))).toBeNull();
    expect(autoV2("z".repeat(64))).toBeNull();
  });
});

describe("hashPrefixOf", () => {
  it.each([
    ["6ce0161689", "6ce0161689"],
    ["  6CE0161689B3 ", "6ce0161689b3"],
    [sha, sha],
  ])("reads %j as a hash prefix", (text, prefix) => {
    expect(hashPrefixOf(text)).toBe(prefix);
  });

  it.each([["6ce01616"], ["6ce016168"], ["pony diffusion"], [`${sha}0`], ["6ce0161689 x"]])("does not read %j as one", (text) => {
    expect(hashPrefixOf(text)).toBeNull();
  });
});

describe("hashPrefixRange", () => {
  it("bounds exactly the hashes that start with the prefix", () => {
    const { from, to } = hashPrefixRange("6ce0161689");
    const inRange = (value: string) => value >= from && value < to;
    expect(inRange(sha)).toBe(true);
    expect(inRange(`6ce0161689${"f".repeat(54)}`)).toBe(true);
    expect(inRange(`6ce0161688${"f".repeat(54)}`)).toBe(false);
    expect(inRange(`6ce016168a${"0".repeat(54)}`)).toBe(false);
  });
});
