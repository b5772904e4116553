import { describe, expect, it } from "vitest";
import { addDays, dayEnd, dayKey, lastMonths, monthEnd, monthLabel, monthStart } from "@/lib/overview/calendar";
import { bucketExpiries, expiryHorizonEnd, expiryWeeks } from "@/lib/overview/expiry-timeline";
import { countGrantsPerMonth } from "@/lib/overview/grants-per-month";
import { overviewLinks } from "@/lib/overview/overview-links";

const NOW = new Date("2026-11-29T15:00:00.000Z");
const at = (iso: string) => new Date(iso);

describe("calendar keys", () => {
  it("reads days and months in UTC, as half-open ranges", () => {
    expect(dayKey(at("2026-11-29T23:59:59.999Z"))).toBe("2026-11-29");
    expect(dayEnd("2026-11-29").toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(monthStart("2026-02").toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(monthEnd("2026-12").toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(monthLabel("2026-11")).toBe("Nov 2026");
  });

  it("lists the last twelve months oldest first, across a year's end", () => {
    expect(lastMonths(NOW, 12)).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
    expect(lastMonths(at("2026-03-31T12:00:00Z"), 2)).toEqual(["2026-02", "2026-03"]);
  });
});

describe("the expiry timeline", () => {
  it("covers 90 days from today in weeks, the last one shorter", () => {
    const weeks = expiryWeeks(NOW);
    expect(weeks).toHaveLength(13);
    expect(weeks[0]).toEqual({ from: "2026-11-29", to: "2026-12-05" });
    expect(weeks[1]!.from).toBe("2026-12-06");
    expect(weeks.at(-1)).toEqual({ from: "2027-02-21", to: "2027-02-26" });
    expect(expiryHorizonEnd(NOW).toISOString()).toBe("2027-02-27T00:00:00.000Z");
  });

  it("counts each approval once per week and series, only dates after now and inside the horizon", () => {
    const weeks = bucketExpiries(
      [
        { reviewBy: at("2026-11-29T18:00:00Z"), waiverExpiries: [] }, // later today: week 1
        { reviewBy: at("2026-11-29T10:00:00Z"), waiverExpiries: [] }, // earlier today: already run out
        { reviewBy: at("2026-12-06T00:00:00Z"), waiverExpiries: [at("2026-12-01T00:00:00Z"), at("2026-12-02T00:00:00Z")] }, // week 2; two waivers in week 1 count once
        { reviewBy: at("2027-02-27T00:00:00Z"), waiverExpiries: [at("2027-02-26T23:59:59Z")] }, // review past the horizon; waiver on its last day
      ],
      NOW,
    );
    expect(weeks[0]).toMatchObject({ from: "2026-11-29", reviews: 1, waivers: 1 });
    expect(weeks[1]).toMatchObject({ from: "2026-12-06", reviews: 1, waivers: 0 });
    expect(weeks.at(-1)).toMatchObject({ reviews: 0, waivers: 1 });
    expect(weeks.reduce((sum, week) => sum + week.reviews, 0)).toBe(2);
  });
});

describe("grants per month", () => {
  it("counts into the last twelve months and ignores the rest", () => {
    const counts = countGrantsPerMonth([at("2026-11-01T00:00:00Z"), at("2026-11-29T00:00:00Z"), at("2025-12-31T23:59:59Z"), at("2025-11-30T23:59:59Z")], NOW);
    expect(counts).toHaveLength(12);
    expect(counts[0]).toEqual({ month: "2025-12", count: 1 });
    expect(counts.at(-1)).toEqual({ month: "2026-11", count: 2 });
    expect(counts.reduce((sum, month) => sum + month.count, 0)).toBe(3);
  });
});

describe("where each mark leads", () => {
  it("uses the parameters the lists read", () => {
    expect(overviewLinks.approvedFor("COMMERCIAL_OUTPUTS")).toBe("/?approved=COMMERCIAL_OUTPUTS");
    expect(overviewLinks.licence("LicenseRef-flux-1-dev-non-commercial-license")).toBe("/?license=LicenseRef-flux-1-dev-non-commercial-license");
    expect(overviewLinks.waitingLongerThan(7)).toBe("/reviews?olderThan=7");
    expect(overviewLinks.waitingOn("legal")).toBe("/reviews?waiting=legal");
    expect(overviewLinks.expiring("waiver", "2026-11-29", "2026-12-05")).toBe("/audit/approvals?expiring=waiver&from=2026-11-29&to=2026-12-05");
    expect(overviewLinks.grantedIn("2026-11")).toBe("/audit/approvals?granted=2026-11");
  });
});
