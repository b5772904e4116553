import { describe, expect, it } from "vitest";
import { isOrganisationConditionKey } from "@/lib/licensing/organisation-conditions";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { currentRevision, LICENSE_KEY, LICENSE_LIBRARY, LICENSES } from "@/prisma/seed-data/licenses";
import { SEED_CHECKPOINTS } from "@/prisma/seed";

// The expected status of every use of every licence, written from /work/shared/LICENSES.md (the
// licence texts, per use). A record that drifts from the texts fails here.

const C = "CONDITIONAL";
const A = "ALLOWED";
const F = "FORBIDDEN";
const U = "UNKNOWN";
type Row = [
  INTERNAL_EXPLORATION: TermStatus,
  COMMERCIAL_OUTPUTS: TermStatus,
  HOSTED_SERVICE: TermStatus,
  REDISTRIBUTE_WEIGHTS: TermStatus,
  DERIVATIVES: TermStatus,
  TRAIN_ON_OUTPUTS: TermStatus,
  RESEARCH: TermStatus,
];

const EXPECTED: Record<string, Row> = {
  // RAIL-M: every use CONDITIONAL within the use restrictions (§4, §5, §6, Attachment A; outputs-trained models are derivatives).
  [LICENSE_KEY.railM]: [C, C, C, C, C, C, C],
  // RAIL++-M: the same structure and terms as RAIL-M.
  [LICENSE_KEY.railPlusPlusM]: [C, C, C, C, C, C, C],
  // Illustrious XL v1.0's `sdxl-license`: unverified, so UNKNOWN.
  [LICENSE_KEY.sdxlLicense]: [U, U, U, U, U, U, U],
  // Stability AI Community License: commercial uses under the revenue threshold; research free.
  [LICENSE_KEY.stabilityCommunity]: [C, C, C, C, C, C, A],
  // Non-commercial research community licence: no commercial use, no hosted service, research allowed.
  [LICENSE_KEY.stabilityNonCommercial]: [C, F, F, C, C, C, A],
  [LICENSE_KEY.stabilityTurbo]: [C, F, F, C, C, C, A],
  // FLUX.1 [dev]: non-commercial; §2(d) vs §4(a) makes commercial outputs a reviewer's question (CONDITIONAL); commercial hosting needs a BFL licence.
  [LICENSE_KEY.fluxDevNonCommercial]: [C, C, F, C, C, C, C],
  // Apache-2.0: every use allowed.
  [LICENSE_KEY.apache2]: [A, A, A, A, A, A, A],
  // Fair AI Public License 1.0-SD: LICENSES.md reads no use of it: UNKNOWN.
  [LICENSE_KEY.fairAiPublicSd]: [U, U, U, U, U, U, U],
  // Pony's modification: no inference on monetised sites or apps.
  [LICENSE_KEY.fairAiPublicSdPony]: [U, U, F, U, U, U, U],
};

describe("the licence library, per licence and per use, as LICENSES.md reads the texts", () => {
  it("has exactly the licences the table lists", () => {
    expect(LICENSE_LIBRARY.map((license) => license.key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const license of LICENSE_LIBRARY) {
    describe(`${license.name} (${license.key})`, () => {
      const revision = currentRevision(license);
      it.each(INTENDED_USES.map((use, index) => [use, EXPECTED[license.key]?.[index]] as [IntendedUse, TermStatus | undefined]))("%s is %s", (use, status) => {
        expect(revision.terms[use].status).toBe(status);
      });

      it("cites a clause (or why the use is unknown) for every use, a condition for every restriction, and a link to the text", () => {
        expect(revision.url ?? license.url).toMatch(/^https:\/\//);
        for (const use of INTENDED_USES) {
          const term = revision.terms[use];
          expect(term.basis.trim().length, `${use} basis`).toBeGreaterThan(10);
          if (term.status === "CONDITIONAL" || term.status === "FORBIDDEN") expect(term.condition?.trim().length, `${use} condition`).toBeGreaterThan(10);
          for (const key of term.conditionKeys ?? []) expect(isOrganisationConditionKey(key), key).toBe(true);
        }
      });
    });
  }

  it("keys the SD 3.5 revenue threshold as an organisation condition of commercial outputs, and 'Powered by Stability AI' of a hosted service", () => {
    const community = currentRevision(LICENSES.find((license) => license.key === LICENSE_KEY.stabilityCommunity)!);
    expect(community.terms.COMMERCIAL_OUTPUTS.conditionKeys).toEqual(["stability-community-revenue"]);
    expect(community.terms.HOSTED_SERVICE.conditionKeys).toEqual(["stability-community-revenue", "stability-powered-by"]);
    expect(community.obligations.join(" ")).toContain("Powered by Stability AI");
    expect(community.terms.TRAIN_ON_OUTPUTS.condition).toContain("foundational generative AI model");
  });

  it("records FLUX.1 [dev] as three revisions, names the §2(d)/§4(a) question on commercial outputs, and keeps the Turbo licence-path caveat", () => {
    const flux = LICENSES.find((license) => license.key === LICENSE_KEY.fluxDevNonCommercial)!;
    expect(flux.revisions.map((revision) => revision.label)).toEqual(["v1.0 (August 2024)", "v1.1 (2025-06-26)", "v1.1.1"]);
    expect(currentRevision(flux).terms.COMMERCIAL_OUTPUTS.condition).toMatch(/§2\(d\).*§4\(a\)/);
    const nonCommercial = currentRevision(LICENSES.find((license) => license.key === LICENSE_KEY.stabilityNonCommercial)!);
    expect(nonCommercial.summary).toContain("unverified");
    expect(nonCommercial.terms.TRAIN_ON_OUTPUTS.condition).toContain("Derivative Work");
  });

  it("uses the SPDX id Apache-2.0 for FLUX.1 [schnell], and every seeded version declares licences the library has", () => {
    const keys = new Set(LICENSES.map((license) => license.key));
    const schnell = SEED_CHECKPOINTS.find((checkpoint) => checkpoint.slug === "flux-1-schnell")!;
    expect(schnell.versions[0]!.licenseKeys).toEqual(["Apache-2.0"]);
    for (const checkpoint of SEED_CHECKPOINTS)
      for (const version of checkpoint.versions) for (const key of version.licenseKeys) expect(keys.has(key), key).toBe(true);
    const illustrious = SEED_CHECKPOINTS.find((checkpoint) => checkpoint.slug === "illustrious-xl")!;
    expect(illustrious.versions.map((version) => [version.version, version.licenseKeys])).toEqual([
      ["v0.1", [LICENSE_KEY.fairAiPublicSd]],
      ["v1.0", [LICENSE_KEY.sdxlLicense]],
      ["v2.0", [LICENSE_KEY.railM]],
    ]);
    const pony = SEED_CHECKPOINTS.find((checkpoint) => checkpoint.slug === "pony-diffusion")!;
    expect(pony.versions[0]!.licenseKeys).toEqual([LICENSE_KEY.fairAiPublicSdPony]);
  });
});
