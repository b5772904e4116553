import { describe, expect, it } from "vitest";
import { buildNotice, type NoticeApproval } from "@/lib/licensing/notice";
import { compute, creator, graph, OPENRAIL_M, OPENRAIL_RESTRICTIONS, PERMISSIVE, version } from "./fixtures";

const RAIL = "CreativeML Open RAIL-M";

describe("notice for an approved fine-tune of SD 1.5 with creator terms", () => {
  const versions = graph(
    version("sd15", { name: "SD 1.5", licenses: [OPENRAIL_M] }),
    version("anime", {
      name: "Anime Mix v2",
      parents: ["sd15"],
      licenses: [OPENRAIL_M],
      creatorTerms: creator({
        allowCommercialUse: ["IMAGE", "RENT_CIVIT"],
        allowNoCredit: false,
        allowDerivatives: true,
        allowDifferentLicense: false,
        text: "No use for NFTs.",
      }),
    }),
  );
  const approval: NoticeApproval = {
    versionName: "Anime Mix v2",
    approvedUses: ["REDISTRIBUTE_WEIGHTS", "HOSTED_SERVICE", "INTERNAL_EXPLORATION", "COMMERCIAL_OUTPUTS"],
    conditions: ["Only for the marketing team's campaigns", "only for the marketing team's campaigns "],
    useConditions: { COMMERCIAL_OUTPUTS: "no competitor logos", HOSTED_SERVICE: null },
    waivers: [
      {
        use: "REDISTRIBUTE_WEIGHTS",
        reason: "LICENSE_ACQUIRED",
        reference: "C-2026-001",
        comment: "Redistribution licence bought from the creator.",
        expiresAt: new Date("2027-01-31T00:00:00Z"),
      },
    ],
    teamName: "Marketing",
    reviewBy: "2026-12-31T12:00:00.000Z",
  };
  const notice = buildNotice(compute("anime", versions), approval);

  it.each<[string, string]>([
    ["title", "NOTICE: Anime Mix v2\n"],
    ["approved uses in vocabulary order", "Approved for: Internal exploration, Commercial outputs, Hosted service, Redistribute weights.\n"],
    ["team", "Team: Marketing.\n"],
    ["review date", "Review by: 2026-12-31.\n"],
    ["credit obligation with its source", "- Credit the creator\n  Source: creator terms of Anime Mix v2\n"],
    [
      "licence obligation with every source",
      `- Include a copy of the licence with any redistribution\n  Source: ${RAIL} (licence of Anime Mix v2); ${RAIL} (licence of SD 1.5)\n`,
    ],
    ["OpenRAIL use restrictions with their sources", `- ${OPENRAIL_RESTRICTIONS}\n  Source: ${RAIL} (licence of Anime Mix v2); ${RAIL} (licence of SD 1.5)\n`],
    ["the creator's pass-through terms and text", `Derivatives must keep the terms set by the creator of Anime Mix v2: Generated images may be sold.`],
    ["the creator's own words", `Creator's text: "No use for NFTs."`],
    [
      "conditional use with reviewer's condition",
      "- Commercial outputs: Conditional; conditions: comply with the use-based restrictions (Attachment A); credit the creator; no competitor logos.\n",
    ],
    [
      "Civitai-only hosting",
      "- Hosted service: Conditional; conditions: comply with the use-based restrictions (Attachment A); only on Civitai's generation service; credit the creator.\n",
    ],
    [
      "forbidden use approved under a waiver",
      `- Redistribute weights: Forbidden (creator terms of Anime Mix v2); approved under a waiver (license acquired, reference C-2026-001, expires 2027-01-31: "Redistribution licence bought from the creator."); conditions: include a copy of the licence and its use restrictions.\n`,
    ],
    ["allowed use", "- Internal exploration: Allowed; no conditions.\n"],
    ["approval conditions, once", "CONDITIONS OF THIS APPROVAL\n- Only for the marketing team's campaigns\n"],
  ])("contains the %s", (_label, text) => {
    expect(notice).toContain(text);
  });

  it("keeps its sections in order", () => {
    const headings = [
      "ATTRIBUTION AND OTHER OBLIGATIONS",
      "USE RESTRICTIONS THAT MUST BE PASSED ON",
      "CONDITIONS PER APPROVED USE",
      "CONDITIONS OF THIS APPROVAL",
    ].map((heading) => notice.indexOf(heading));
    expect(headings.every((position) => position > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  });

  it("lists each obligation once", () => {
    expect(notice.match(/^- Credit the creator$/gm)).toHaveLength(1);
  });

  it("has no section for unknowns when nothing is unstated", () => {
    expect(notice).not.toContain("NOT STATED");
  });
});

describe("notice edge cases", () => {
  const versions = graph(
    version("base", { name: "Plain Base", licenses: [PERMISSIVE] }),
    version("ft", { name: "Vague FT", parents: ["base"], licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: true }) }),
  );
  const notice = buildNotice(compute("ft", versions), {
    versionName: "Vague FT",
    approvedUses: ["COMMERCIAL_OUTPUTS"],
    conditions: [],
    waivers: [],
  });

  it.each<[string, string]>([
    ["every team", "Team: every team.\n"],
    ["no obligations", "ATTRIBUTION AND OTHER OBLIGATIONS\n- None recorded.\n"],
    ["no pass-through restrictions", "(to anyone who receives the model, a derivative, or a service built on it)\n- None recorded.\n"],
    ["an unknown use without a waiver", "- Commercial outputs: Unknown (creator terms of Vague FT); approved without a recorded waiver; no conditions.\n"],
    ["no approval conditions", "CONDITIONS OF THIS APPROVAL\n- None.\n"],
    ["what the creator left unstated", "- The creator does not state whether credit is required.\n  Source: creator terms of Vague FT\n"],
  ])("shows %s", (_label, text) => {
    expect(notice).toContain(text);
  });

  it("omits the review date when there is none and ends with one newline", () => {
    expect(notice).not.toContain("Review by");
    expect(notice).toMatch(/[^\n]\n$/);
  });
});
