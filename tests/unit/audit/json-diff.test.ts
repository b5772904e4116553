import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "@/lib/audit/csv";
import { diffJson } from "@/lib/audit/json-diff";

describe("diffJson", () => {
  it.each([
    [
      "creation lists every field as added",
      null,
      { name: "Team", roles: ["ADMIN"] },
      [
        { path: "name", kind: "added", after: "Team" },
        { path: "roles", kind: "added", after: ["ADMIN"] },
      ],
    ],
    ["deletion lists every field as removed", { active: true }, null, [{ path: "active", kind: "removed", before: true }]],
    [
      "a changed nested leaf",
      { terms: { COMMERCIAL_OUTPUTS: "ALLOWED", RESEARCH: "ALLOWED" } },
      { terms: { COMMERCIAL_OUTPUTS: "FORBIDDEN", RESEARCH: "ALLOWED" } },
      [{ path: "terms.COMMERCIAL_OUTPUTS", kind: "changed", before: "ALLOWED", after: "FORBIDDEN" }],
    ],
    [
      "a list of scalars compares as one value",
      { roles: ["ADMIN"] },
      { roles: ["ADMIN", "AUDITOR"] },
      [{ path: "roles", kind: "changed", before: ["ADMIN"], after: ["ADMIN", "AUDITOR"] }],
    ],
    [
      "lists of objects compare by index",
      { uses: [{ use: "RESEARCH" }] },
      { uses: [{ use: "RESEARCH" }, { use: "DERIVATIVES" }] },
      [{ path: "uses[1].use", kind: "added", after: "DERIVATIVES" }],
    ],
    ["no change", { a: 1 }, { a: 1 }, []],
  ])("%s", (_name, before, after, expected) => {
    expect(diffJson(before, after)).toEqual(expected);
  });
});

describe("CSV", () => {
  it.each([
    ["plain", "abc", "abc"],
    ["comma", "a,b", '"a,b"'],
    ["quote", 'say "hi"', '"say ""hi"""'],
    ["newline", "a\nb", '"a\nb"'],
    ["formula injection", "=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["null", null, ""],
    ["object as JSON", { a: 1 }, '"{""a"":1}"'],
  ])("%s", (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });
});
