import type { SeedApproval } from "@/prisma/seed-data/types";

// Demo approvals so that browse filters, per-use chips and re-review have something to show on a
// first start. Each use whose effective status is UNKNOWN carries a LEGAL_OPINION waiver, as the
// engine requires; SDXL (RAIL++-M), FLUX.1 [dev] commercial outputs and SD 3.5 are CONDITIONAL and
// need none.

export const DEMO_APPROVALS: readonly SeedApproval[] = [
  {
    version: { checkpoint: "stable-diffusion-xl", version: "1.0" },
    team: "ml-platform",
    allTeams: true,
    submitter: "admin@example.com",
    uses: ["INTERNAL_EXPLORATION", "RESEARCH"],
    justification: "Baseline SDXL model for every team's internal exploration and research.",
    conditions: ["Observe the CreativeML Open RAIL++-M use-based restrictions."],
    reviewByDays: 365,
    waivers: [],
  },
  {
    version: { checkpoint: "pony-diffusion", version: "V6 XL" },
    team: "creative-studio",
    allTeams: false,
    submitter: "member@example.com",
    uses: ["INTERNAL_EXPLORATION"],
    justification: "Character concept sketches for the studio's stylized projects.",
    conditions: ["Internal mood boards only; nothing generated with it leaves the studio."],
    reviewByDays: 180,
    waivers: [
      {
        use: "INTERNAL_EXPLORATION",
        reason: "LEGAL_OPINION",
        reference: "DEMO-LO-002",
        comment: "Demo legal opinion: internal use of the SDXL fine-tune is acceptable while its creator's own terms are being confirmed.",
        expiresInDays: 180,
      },
    ],
  },
  {
    version: { checkpoint: "illustrious-xl", version: "v2.0" },
    team: "creative-studio",
    allTeams: false,
    submitter: "member@example.com",
    uses: ["INTERNAL_EXPLORATION"],
    justification: "Illustration look-development for the studio.",
    conditions: ["Use v2.0 only: v1.0 carries a different license."],
    reviewByDays: 180,
    waivers: [
      {
        use: "INTERNAL_EXPLORATION",
        reason: "LEGAL_OPINION",
        reference: "DEMO-LO-003",
        comment: "Demo legal opinion: v2.0's CreativeML Open RAIL-M allows internal use under its use-based restrictions.",
        expiresInDays: 180,
      },
    ],
  },
  {
    version: { checkpoint: "flux-1-dev", version: "1.0" },
    team: "creative-studio",
    allTeams: false,
    submitter: "member@example.com",
    uses: ["COMMERCIAL_OUTPUTS"],
    justification: "Key visuals for client campaigns, where FLUX.1 [dev] gives the strongest results.",
    conditions: ["Never use outputs to train or fine-tune a competing model.", "Legal reads the license's output caveats before each campaign."],
    reviewByDays: 120,
    waivers: [],
  },
  {
    version: { checkpoint: "stable-diffusion-3-5", version: "Large" },
    team: "ml-platform",
    allTeams: false,
    submitter: "admin@example.com",
    uses: ["INTERNAL_EXPLORATION", "COMMERCIAL_OUTPUTS"],
    justification: "Evaluation and production renders under the Stability AI Community License.",
    conditions: ["Confirm annually that the organisation still qualifies for the Community License."],
    reviewByDays: 365,
    waivers: [],
  },
  {
    version: { checkpoint: "stable-cascade", version: "1.0" },
    team: "ml-platform",
    allTeams: false,
    submitter: "admin@example.com",
    uses: ["RESEARCH"],
    justification: "Non-commercial research on cascaded diffusion, as its license intends.",
    conditions: ["Non-commercial research only."],
    reviewByDays: 365,
    waivers: [],
  },
];
