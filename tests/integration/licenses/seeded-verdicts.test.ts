import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTENDED_USES, type IntendedUse } from "@/lib/licensing/vocabulary";
import { loadVersionDetail, type VersionDetail } from "@/lib/server/catalog/version-detail";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { seedDatabase } from "@/prisma/seed";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

// Issue 9's acceptance, on a registry seeded from scratch exactly as `npm start` seeds one: what the
// detail page (and GET /api/v1/versions/{id}) answers for the families people ask about first.

let prisma: PrismaClient;
let drop: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const database = await createScratchDatabase("seeded-verdicts");
  drop = database.drop;
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url);
  await seedDatabase(prisma);
}, 180_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await drop();
});

async function detailOf(slug: string, version: string): Promise<VersionDetail> {
  const row = await prisma.checkpointVersion.findFirstOrThrow({ where: { version, checkpoint: { slug } }, select: { id: true } });
  const detail = await loadVersionDetail(prisma, row.id);
  expect(detail, `${slug}@${version}`).not.toBeNull();
  return detail!;
}

const statusOf = (detail: VersionDetail, use: IntendedUse) => detail.effective.uses.find((term) => term.use === use)!.status;

describe("the seeded library's verdicts", () => {
  it("SDXL 1.0 is CONDITIONAL for commercial outputs, decided by CreativeML Open RAIL++-M with its clause", async () => {
    const sdxl = await detailOf("stable-diffusion-xl", "1.0");
    expect(statusOf(sdxl, "COMMERCIAL_OUTPUTS")).toBe("CONDITIONAL");
    const commercial = sdxl.effective.uses.find((term) => term.use === "COMMERCIAL_OUTPUTS")!;
    expect(commercial.decidedBy.join(" ")).toMatch(/RAIL\+\+-M/);
    const rail = sdxl.effective.decidingClauses.find((license) => /RAIL\+\+-M/.test(license.licenseName));
    expect(rail, "RAIL++-M decides").toBeDefined();
    expect(rail!.url).toMatch(/^https:\/\//);
    const clause = rail!.clauses.find((entry) => entry.use === "COMMERCIAL_OUTPUTS");
    expect(clause?.basis, "the clause is cited").toBeTruthy();
  });

  it("Stable Cascade and SDXL Turbo are FORBIDDEN for commercial outputs", async () => {
    expect(statusOf(await detailOf("stable-cascade", "1.0"), "COMMERCIAL_OUTPUTS")).toBe("FORBIDDEN");
    expect(statusOf(await detailOf("sdxl-turbo", "1.0"), "COMMERCIAL_OUTPUTS")).toBe("FORBIDDEN");
  });

  it("Pony Diffusion V6 XL is FORBIDDEN for a hosted service", async () => {
    expect(statusOf(await detailOf("pony-diffusion", "V6 XL"), "HOSTED_SERVICE")).toBe("FORBIDDEN");
  });

  it("FLUX.1 [schnell] is ALLOWED for every use", async () => {
    const schnell = await detailOf("flux-1-schnell", "1.0");
    expect(Object.fromEntries(INTENDED_USES.map((use) => [use, statusOf(schnell, use)]))).toEqual(
      Object.fromEntries(INTENDED_USES.map((use) => [use, "ALLOWED"])),
    );
  });
});
