import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/server/action-result";
import { readQueueFilter, readSignOffForm, signOffSchema, storedWaiversSchema, toProposedWaivers } from "@/lib/schemas/review";

const REQUEST = "11111111-1111-4111-8111-111111111111";
const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const base = { requestId: REQUEST, revision: "2", capacity: "LEGAL", decision: "APPROVE" };
const waiverFields = {
  "waivers.COMMERCIAL_OUTPUTS.enabled": "on",
  "waivers.COMMERCIAL_OUTPUTS.reason": "LICENSE_ACQUIRED",
  "waivers.COMMERCIAL_OUTPUTS.reference": "C-2026-001",
  "waivers.COMMERCIAL_OUTPUTS.comment": "Commercial licence bought from the creator.",
  "waivers.COMMERCIAL_OUTPUTS.expiresAt": nextYear,
};

function parse(fields: Record<string, string>) {
  return signOffSchema.safeParse(readSignOffForm(form(fields)));
}

function errors(fields: Record<string, string>) {
  const result = parse(fields);
  return result.success ? {} : zodFieldErrors(result.error);
}

describe("sign-off schema", () => {
  it("reads an approval with conditions one per line, a review-by date and a waiver", () => {
    const result = parse({ ...base, conditions: "Credit the studio\n\n  Internal only  ", reviewBy: nextYear, scopeAllTeams: "on", ...waiverFields });
    expect(result.success).toBe(true);
    const input = result.data!;
    expect(input.conditions).toEqual(["Credit the studio", "Internal only"]);
    expect(input.reviewBy?.toISOString()).toBe(`${nextYear}T00:00:00.000Z`);
    expect(input.scopeAllTeams).toBe(true);
    expect(toProposedWaivers(input.waivers)).toEqual([
      {
        use: "COMMERCIAL_OUTPUTS",
        reason: "LICENSE_ACQUIRED",
        reference: "C-2026-001",
        comment: "Commercial licence bought from the creator.",
        expiresAt: `${nextYear}T00:00:00.000Z`,
      },
    ]);
    expect(storedWaiversSchema.safeParse(toProposedWaivers(input.waivers)).success).toBe(true);
  });

  it("ignores a waiver whose box is not ticked", () => {
    const { "waivers.COMMERCIAL_OUTPUTS.enabled": _enabled, ...unticked } = waiverFields;
    const result = parse({ ...base, ...unticked });
    expect(result.success && result.data.waivers).toEqual({});
  });

  it.each<[string, Record<string, string>, string, RegExp]>([
    ["reject without a comment", { decision: "REJECT" }, "comment", /comment is required/],
    ["request changes with a blank comment", { decision: "REQUEST_CHANGES", comment: "   " }, "comment", /comment is required/],
    ["no decision", { decision: "" }, "decision", /decision/],
    ["a past review-by date", { reviewBy: "2001-01-01" }, "reviewBy", /future/],
    ["a nonsense review-by date", { reviewBy: "next spring" }, "reviewBy", /valid/],
    ["a technical reviewer entering a waiver", { capacity: "TECHNICAL", ...waiverFields }, "waivers", /Only the legal reviewer/],
    ["a waiver with a rejection", { decision: "REJECT", comment: "No.", ...waiverFields }, "waivers", /with an approval/],
    ["a technical reviewer widening the scope", { capacity: "TECHNICAL", scopeAllTeams: "on" }, "scopeAllTeams", /legal reviewer/],
    ["a waiver without a reason", { ...waiverFields, "waivers.COMMERCIAL_OUTPUTS.reason": "" }, "waivers.COMMERCIAL_OUTPUTS.reason", /reason/],
    ["a waiver without a comment", { ...waiverFields, "waivers.COMMERCIAL_OUTPUTS.comment": "" }, "waivers.COMMERCIAL_OUTPUTS.comment", /Explain/],
    ["a waiver without an expiry", { ...waiverFields, "waivers.COMMERCIAL_OUTPUTS.expiresAt": "" }, "waivers.COMMERCIAL_OUTPUTS.expiresAt", /expires/],
    ["an expired waiver", { ...waiverFields, "waivers.COMMERCIAL_OUTPUTS.expiresAt": "2020-01-01" }, "waivers.COMMERCIAL_OUTPUTS.expiresAt", /future/],
  ])("%s is an error on %s", (_name, override, field, message) => {
    expect(errors({ ...base, ...override })[field]?.join(" ")).toMatch(message);
  });

  it("an approval needs no comment", () => {
    expect(errors(base)).toEqual({});
  });
});

describe("review queue filter", () => {
  it("reads the URL's filters, and falls back to none for anything unknown", () => {
    expect(readQueueFilter({})).toEqual({ status: "open", page: 1 });
    expect(readQueueFilter({ status: "changes", waiting: "legal", mine: "signed", team: "creative-studio", olderThan: "7", page: "3" })).toEqual({
      status: "changes",
      waiting: "legal",
      mine: "signed",
      team: "creative-studio",
      olderThan: 7,
      page: 3,
    });
    expect(readQueueFilter({ status: "bogus", waiting: "finance", mine: "", team: "Robert'); DROP", olderThan: "5", page: "-2" })).toEqual({
      status: "open",
      page: 1,
    });
    expect(readQueueFilter({ waiting: ["technical", "legal"] }).waiting).toBe("technical");
  });
});
