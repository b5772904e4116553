import { describe, expect, it } from "vitest";
import { readApprovalState, type ApprovalStateFacts } from "@/lib/approvals/approval-state";

const NOW = new Date("2026-11-26T12:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe("readApprovalState", () => {
  it.each<[string, ApprovalStateFacts, string, boolean]>([
    ["active, nothing due", { status: "ACTIVE", reviewBy: days(100), waivers: [] }, "ACTIVE", false],
    ["review-by passed (no job ran)", { status: "ACTIVE", reviewBy: days(-1), waivers: [] }, "EXPIRED", false],
    ["review-by exactly now", { status: "ACTIVE", reviewBy: NOW, waivers: [] }, "EXPIRED", false],
    ["waiver past expiry", { status: "ACTIVE", reviewBy: days(100), waivers: [{ use: "COMMERCIAL_OUTPUTS", expiresAt: days(-2) }] }, "EXPIRED", false],
    ["waiver expiring in 10 days", { status: "ACTIVE", reviewBy: days(100), waivers: [{ use: "HOSTED_SERVICE", expiresAt: days(10) }] }, "ACTIVE", true],
    ["waiver expiring in 40 days", { status: "ACTIVE", reviewBy: days(100), waivers: [{ use: "HOSTED_SERVICE", expiresAt: days(40) }] }, "ACTIVE", false],
    ["needs review stays needs review", { status: "NEEDS_REVIEW", reviewBy: days(100), waivers: [] }, "NEEDS_REVIEW", false],
    ["needs review past review-by is expired", { status: "NEEDS_REVIEW", reviewBy: days(-1), waivers: [] }, "EXPIRED", false],
    [
      "revoked stays revoked even when past due",
      { status: "REVOKED", reviewBy: days(-5), waivers: [{ use: "RESEARCH", expiresAt: days(-5) }] },
      "REVOKED",
      false,
    ],
    ["stored expired", { status: "EXPIRED", reviewBy: days(100), waivers: [] }, "EXPIRED", false],
  ])("%s", (_name, facts, state, soon) => {
    const reading = readApprovalState(facts, NOW);
    expect(reading.state).toBe(state);
    expect(reading.waiverExpiringSoon).toBe(soon);
    if (state !== "ACTIVE") expect(reading.reasons.length).toBeGreaterThan(0);
  });

  it("names every reason an approval expired", () => {
    const reading = readApprovalState({ status: "ACTIVE", reviewBy: days(-1), waivers: [{ use: "COMMERCIAL_OUTPUTS", expiresAt: days(-3) }] }, NOW);
    expect(reading.reasons).toEqual(["review-by date 2026-11-25 has passed", "the waiver for Commercial outputs expired on 2026-11-23"]);
  });
});
