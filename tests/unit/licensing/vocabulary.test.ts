import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COMMERCIAL_USES,
  compareRestrictiveness,
  INTENDED_USE_DESCRIPTIONS,
  INTENDED_USE_LABELS,
  INTENDED_USES,
  isIntendedUse,
  isTermStatus,
  LINEAGE_RELATIONS,
  mostRestrictive,
  TERM_STATUS_LABELS,
  TERM_STATUSES,
  VERSION_KINDS,
  type TermStatus,
} from "@/lib/licensing/vocabulary";

describe("vocabulary spellings", () => {
  it.each([
    [
      "INTENDED_USES",
      INTENDED_USES,
      ["INTERNAL_EXPLORATION", "COMMERCIAL_OUTPUTS", "HOSTED_SERVICE", "REDISTRIBUTE_WEIGHTS", "DERIVATIVES", "TRAIN_ON_OUTPUTS", "RESEARCH"],
    ],
    ["TERM_STATUSES", TERM_STATUSES, ["ALLOWED", "CONDITIONAL", "FORBIDDEN", "UNKNOWN"]],
    ["COMMERCIAL_USES", COMMERCIAL_USES, ["NONE", "IMAGE", "RENT_CIVIT", "RENT", "SELL"]],
    ["VERSION_KINDS", VERSION_KINDS, ["BASE", "FINETUNE", "MERGE", "DISTILLED"]],
    ["LINEAGE_RELATIONS", LINEAGE_RELATIONS, ["FINETUNE", "MERGE", "DISTILL"]],
  ])("%s is exactly the agreed list", (_name, actual, expected) => {
    expect([...actual]).toEqual(expected);
  });

  // The engine mirrors the Prisma enums without importing Prisma; this keeps the two from drifting.
  const schema = readFileSync(new URL("../../../prisma/schema.prisma", import.meta.url), "utf8");
  it.each([
    ["IntendedUse", INTENDED_USES],
    ["TermStatus", TERM_STATUSES],
    ["CommercialUse", COMMERCIAL_USES],
    ["VersionKind", VERSION_KINDS],
    ["LineageRelation", LINEAGE_RELATIONS],
  ])("matches enum %s in prisma/schema.prisma", (enumName, values) => {
    const body = new RegExp(`enum ${enumName} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "";
    const members = body
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean);
    expect(members).toEqual([...values]);
  });
});

describe("labels and descriptions", () => {
  it.each(INTENDED_USES.map((use) => [use]))("%s has a label and a one-line description", (use) => {
    expect(INTENDED_USE_LABELS[use]).toMatch(/^[A-Z][a-z]/);
    expect(INTENDED_USE_DESCRIPTIONS[use]).toMatch(/\.$/);
    expect(INTENDED_USE_DESCRIPTIONS[use]).not.toContain("\n");
  });

  it.each([
    ["COMMERCIAL_OUTPUTS", "Commercial outputs"],
    ["HOSTED_SERVICE", "Hosted service"],
  ] as const)("labels %s as %s", (use, label) => {
    expect(INTENDED_USE_LABELS[use]).toBe(label);
  });

  it.each(TERM_STATUSES.map((status) => [status]))("status %s has a label", (status) => {
    expect(TERM_STATUS_LABELS[status]).toMatch(/^[A-Z][a-z]+$/);
  });

  it.each([
    ["COMMERCIAL_OUTPUTS", true],
    ["commercial_outputs", false],
    [42, false],
  ])("isIntendedUse(%s) is %s", (value, expected) => {
    expect(isIntendedUse(value)).toBe(expected);
  });

  it.each([
    ["FORBIDDEN", true],
    ["DENIED", false],
    [null, false],
  ])("isTermStatus(%s) is %s", (value, expected) => {
    expect(isTermStatus(value)).toBe(expected);
  });
});

describe("restrictiveness: FORBIDDEN > UNKNOWN > CONDITIONAL > ALLOWED", () => {
  const rows: Array<[TermStatus, TermStatus, TermStatus]> = [
    ["ALLOWED", "ALLOWED", "ALLOWED"],
    ["ALLOWED", "CONDITIONAL", "CONDITIONAL"],
    ["ALLOWED", "UNKNOWN", "UNKNOWN"],
    ["ALLOWED", "FORBIDDEN", "FORBIDDEN"],
    ["CONDITIONAL", "ALLOWED", "CONDITIONAL"],
    ["CONDITIONAL", "CONDITIONAL", "CONDITIONAL"],
    ["CONDITIONAL", "UNKNOWN", "UNKNOWN"],
    ["CONDITIONAL", "FORBIDDEN", "FORBIDDEN"],
    ["UNKNOWN", "ALLOWED", "UNKNOWN"],
    ["UNKNOWN", "CONDITIONAL", "UNKNOWN"],
    ["UNKNOWN", "UNKNOWN", "UNKNOWN"],
    ["UNKNOWN", "FORBIDDEN", "FORBIDDEN"],
    ["FORBIDDEN", "ALLOWED", "FORBIDDEN"],
    ["FORBIDDEN", "CONDITIONAL", "FORBIDDEN"],
    ["FORBIDDEN", "UNKNOWN", "FORBIDDEN"],
    ["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
  ];

  it.each(rows)("mostRestrictive(%s, %s) = %s", (a, b, expected) => {
    expect(mostRestrictive(a, b)).toBe(expected);
  });

  it.each(rows)("compareRestrictiveness(%s, %s) agrees with mostRestrictive", (a, b, expected) => {
    const order = compareRestrictiveness(a, b);
    if (a === b) expect(order).toBe(0);
    else expect(order > 0 ? a : b).toBe(expected);
  });
});
