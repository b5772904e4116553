import { describe, expect, it } from "vitest";
import type { LookupResponse } from "@/lib/api/lookup-response";
import { formatProgress } from "@/lib/cli/progress-line";
import { parseCommand } from "@/lib/cli/verify-args";
import { exitCodeFor, formatVerdict, judgeFile } from "@/lib/cli/verify-result";

const FILE = { path: "/models/flux.safetensors", sha256: "ab".repeat(32), size: 1234 };
const VERSION_ID = "3f1f0b8e-4c55-4e0e-9a55-6d2f0c1a9b10";

function lookup(approvals: LookupResponse["matches"][number]["approvals"]): LookupResponse {
  return {
    sha256: FILE.sha256,
    team: null,
    matches: [
      {
        id: VERSION_ID,
        name: "FLUX.1 [dev] 1.0",
        version: "1.0",
        sha256: FILE.sha256,
        checkpoint: { name: "FLUX.1 [dev]", slug: "flux-1-dev" },
        architecture: "FLUX1",
        kind: "BASE",
        effectiveTerms: { COMMERCIAL_OUTPUTS: "FORBIDDEN" },
        approvedUses: [...new Set(approvals.map((approval) => approval.use))],
        approvals,
        url: `/checkpoints/${VERSION_ID}`,
        api: `/api/v1/versions/${VERSION_ID}`,
      },
    ],
  };
}

const everyTeam = {
  approvalId: "9d7c1e62-0b7e-4f3c-8d2e-1f6a5b4c3d2e",
  team: null,
  use: "COMMERCIAL_OUTPUTS" as const,
  waived: true,
  validUntil: "2027-05-01T00:00:00+00:00",
  conditions: ["Licence LIC-42 covers outputs"],
};
const studioOnly = {
  ...everyTeam,
  approvalId: "1d7c1e62-0b7e-4f3c-8d2e-1f6a5b4c3d2e",
  team: { slug: "creative-studio", name: "Creative Studio" },
  use: "RESEARCH" as const,
  waived: false,
  conditions: [],
};

describe("judgeFile", () => {
  it("a file the registry does not know is NOT_CATALOGUED", () => {
    expect(judgeFile(FILE, null, { use: "COMMERCIAL_OUTPUTS", team: null }).status).toBe("NOT_CATALOGUED");
  });

  it("approved for the use by an approval for every team", () => {
    const verdict = judgeFile(FILE, lookup([everyTeam]), { use: "COMMERCIAL_OUTPUTS", team: null });
    expect(verdict.status).toBe("APPROVED");
    expect(verdict.approvals).toEqual([{ ...everyTeam, versionId: VERSION_ID, versionName: "FLUX.1 [dev] 1.0" }]);
  });

  it("another use's approval does not count", () => {
    const verdict = judgeFile(FILE, lookup([everyTeam]), { use: "HOSTED_SERVICE", team: null });
    expect(verdict.status).toBe("NOT_APPROVED");
    expect(verdict.approvedUses).toEqual(["COMMERCIAL_OUTPUTS"]);
  });

  it("without --team, a team-scoped approval is not one the caller may rely on", () => {
    expect(judgeFile(FILE, lookup([studioOnly]), { use: "RESEARCH", team: null }).status).toBe("NOT_APPROVED");
    expect(judgeFile(FILE, lookup([studioOnly]), { use: null, team: null }).status).toBe("NOT_APPROVED");
  });

  it("with --team, that team's approvals count and other teams' do not", () => {
    expect(judgeFile(FILE, lookup([studioOnly]), { use: "RESEARCH", team: "creative-studio" }).status).toBe("APPROVED");
    expect(judgeFile(FILE, lookup([studioOnly]), { use: "RESEARCH", team: "render-farm" }).status).toBe("NOT_APPROVED");
  });

  it("without --use, any approved use counts", () => {
    expect(judgeFile(FILE, lookup([everyTeam]), { use: null, team: null }).status).toBe("APPROVED");
    expect(judgeFile(FILE, lookup([]), { use: null, team: null }).status).toBe("NOT_APPROVED");
  });
});

describe("formatVerdict", () => {
  it("says which version, for whom, until when and on which conditions", () => {
    const question = { use: "COMMERCIAL_OUTPUTS" as const, team: null };
    expect(formatVerdict(judgeFile(FILE, lookup([everyTeam]), question), question, "flux.safetensors")).toBe(
      "APPROVED       flux.safetensors — FLUX.1 [dev] 1.0: approved COMMERCIAL_OUTPUTS for every team until 2027-05-01 (under a waiver); conditions: Licence LIC-42 covers outputs",
    );
    expect(formatVerdict(judgeFile(FILE, lookup([]), question), question, "flux.safetensors")).toBe(
      "NOT APPROVED   flux.safetensors — FLUX.1 [dev] 1.0: not approved for COMMERCIAL_OUTPUTS for every team",
    );
    expect(formatVerdict(judgeFile(FILE, null, question), question, "x.ckpt")).toBe(`NOT CATALOGUED x.ckpt — not catalogued (sha256 ${FILE.sha256})`);
  });
});

describe("exitCodeFor", () => {
  it("0 only when every file is approved", () => {
    const approved = judgeFile(FILE, lookup([everyTeam]), { use: null, team: null });
    const unknown = judgeFile(FILE, null, { use: null, team: null });
    expect(exitCodeFor([approved, approved])).toBe(0);
    expect(exitCodeFor([approved, unknown])).toBe(1);
    expect(exitCodeFor([])).toBe(1);
  });
});

describe("parseCommand", () => {
  it("reads paths and options", () => {
    expect(parseCommand(["verify", "models", "--use", "commercial_outputs", "--team", "creative-studio", "--json"])).toEqual({
      ok: true,
      command: "verify",
      options: { paths: ["models"], use: "COMMERCIAL_OUTPUTS", team: "creative-studio", json: true },
    });
  });

  it.each([
    [["verify"], /at least one file/],
    [["verify", "x", "--use", "SELLING"], /^--use: use is one of/],
    [["verify", "x", "--team", "Not A Slug"], /^--team: team is a team slug/],
    [["verify", "x", "--colour"], /Unknown option/],
    [["check", "x"], /Unknown command/],
  ])("refuses %j", (argv, message) => {
    const parsed = parseCommand(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("formatProgress", () => {
  it("shows percent, rate and time left", () => {
    expect(formatProgress("big.safetensors", 500e6, 2000e6, 1000)).toBe("hashing big.safetensors   25%  500 MB/s  ETA 3 s");
    expect(formatProgress("big.safetensors", 1.2e9, 73.2e9, 1000)).toBe("hashing big.safetensors    1%  1.20 GB/s  ETA 1 min 00 s");
  });
});
