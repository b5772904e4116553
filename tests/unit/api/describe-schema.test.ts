import { describe, expect, it } from "vitest";
import { propertyRows, typeLabel } from "@/lib/api/describe-schema";
import { openApiDocument } from "@/lib/api/openapi";

describe("typeLabel", () => {
  it.each([
    [{ $ref: "#/components/schemas/LookupMatch" }, "LookupMatch"],
    [{ type: "array", items: { $ref: "#/components/schemas/LookupMatch" } }, "array of LookupMatch"],
    [{ anyOf: [{ type: "string" }, { type: "null" }] }, "string or null"],
    [{ type: "string", enum: ["A", "B"] }, "one of: A, B"],
    [{ type: "string", format: "uuid" }, "string (uuid)"],
    [
      { type: "object", propertyNames: { $ref: "#/components/schemas/IntendedUse" }, additionalProperties: { $ref: "#/components/schemas/TermStatus" } },
      "map of IntendedUse to TermStatus",
    ],
  ])("%j reads as %s", (schema, label) => {
    expect(typeLabel(schema)).toBe(label);
  });
});

describe("propertyRows", () => {
  it("flattens nested objects and arrays of objects with dotted paths, stopping at $refs", () => {
    const rows = propertyRows(openApiDocument().components.schemas.LookupResponse!);
    expect(rows.map((row) => [row.path, row.type, row.required])).toEqual([
      ["sha256", "string matching ^[0-9a-f]{64}$", false],
      ["autov2", "string matching ^[0-9a-f]{10}$", false],
      ["team", "string or null", true],
      ["matches", "array of LookupMatch", true],
      ["use", "IntendedUse", false],
      ["approved", "boolean", false],
      ["approvals", "array of object", false],
      ["approvals[].approvalId", "string (uuid)", true],
      ["approvals[].team", "object or null", true],
      ["approvals[].team.slug", "string", true],
      ["approvals[].team.name", "string", true],
      ["approvals[].use", "IntendedUse", true],
      ["approvals[].waived", "boolean", true],
      ["approvals[].validUntil", "string (date-time)", true],
      ["approvals[].conditions", "array of string", true],
      ["approvals[].versionId", "string (uuid)", true],
    ]);
  });
});
