import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { libraryChanges } from "@/lib/server/licenses/library-update";
import { loadLineageFacts } from "@/lib/server/licensing/effective-terms";
import { seedDatabase, SEED_CHECKPOINTS } from "@/prisma/seed";
import { DEMO_APPROVALS } from "@/prisma/seed-data/demo-approvals";
import { LICENSE_KEY, LICENSES } from "@/prisma/seed-data/licenses";
import type { SeedApproval, SeedCheckpoint } from "@/prisma/seed-data/types";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";
import { PREVIOUS_LICENSE_KEY, PREVIOUS_LICENSES } from "./previous-library";

// A registry seeded by the previous licence library is upgraded through `npm run licenses:update`,
// for real (child processes on the database, as an operator runs them): the dry run writes
// nothing; the update flags the approvals that relied on the old revisions, one audit event per
// changed licence; the audit chain verifies; a second run changes nothing.

/** The previous release's catalog: no FLUX.1 [schnell], no Illustrious XL v0.1, no licence of Pony's own, the Turbo models under their own record. */
const PREVIOUS_CHECKPOINTS: readonly SeedCheckpoint[] = SEED_CHECKPOINTS.filter((checkpoint) => checkpoint.slug !== "flux-1-schnell").map((checkpoint) => ({
  ...checkpoint,
  versions: checkpoint.versions
    .filter((version) => !(checkpoint.slug === "illustrious-xl" && version.version === "v0.1"))
    .map((version) => ({
      ...version,
      licenseKeys:
        checkpoint.slug === "pony-diffusion"
          ? []
          : checkpoint.slug === "sdxl-turbo" || checkpoint.slug === "sd-turbo"
            ? [PREVIOUS_LICENSE_KEY.stabilityTurbo]
            : version.licenseKeys,
    })),
}));

const OPINION = "Demo legal opinion: the OpenRAIL use-based restrictions allow this use inside the company; the catalog records no explicit term for it.";

/** The previous demo approvals: SDXL was UNKNOWN then, so its uses carried waivers. */
const PREVIOUS_APPROVALS: readonly SeedApproval[] = DEMO_APPROVALS.map((approval) =>
  approval.version.checkpoint === "stable-diffusion-xl"
    ? {
        ...approval,
        waivers: [
          { use: "INTERNAL_EXPLORATION", reason: "LEGAL_OPINION", reference: "DEMO-LO-001", comment: OPINION, expiresInDays: 365 },
          { use: "RESEARCH", reason: "LEGAL_OPINION", reference: "DEMO-LO-001", comment: OPINION, expiresInDays: 365 },
        ],
      }
    : approval,
);

function run(script: string, args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", script, "--", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase("library_upgrade");
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url, { maxConnections: 3 });
  await seedDatabase(prisma, { licenses: PREVIOUS_LICENSES, checkpoints: PREVIOUS_CHECKPOINTS, approvals: PREVIOUS_APPROVALS });
  // The previous release had no clause or condition-key columns: its rows carry neither.
  await prisma.$executeRaw`UPDATE "LicenseTerm" SET "basis" = NULL, "conditionKeys" = '{}'`;
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

async function sdxlApproval() {
  return prisma.approval.findFirstOrThrow({ where: { version: { version: "1.0", checkpoint: { slug: "stable-diffusion-xl" } }, teamId: null } });
}

async function sdxlTerms() {
  const sdxl = await prisma.checkpointVersion.findFirstOrThrow({
    where: { version: "1.0", checkpoint: { slug: "stable-diffusion-xl" } },
    select: { id: true },
  });
  const facts = await loadLineageFacts(prisma, sdxl.id);
  return computeEffectiveTerms(facts!.input);
}

describe("upgrading a registry seeded by the previous licence library", () => {
  it("starts as the previous release left it: SDXL UNKNOWN for commercial outputs, its approval active, an update available", async () => {
    expect((await sdxlTerms()).uses.COMMERCIAL_OUTPUTS.status).toBe("UNKNOWN");
    expect((await sdxlApproval()).status).toBe("ACTIVE");
    expect((await libraryChanges(prisma)).length).toBeGreaterThan(0);
  });

  it("the dry run previews the change, the approvals it flags and the uses that flip, and writes nothing", async () => {
    const before = await prisma.auditEvent.count();
    const result = await run("licenses:update", ["--dry-run"], database.url);
    expect(result.stderr).not.toMatch(/failed|Error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Dry run");
    expect(result.stdout).toContain("CreativeML Open RAIL++-M (LicenseRef-creativeml-openrail-plus-plus-m): revision 2 replaces revision 1.");
    expect(result.stdout).toContain("Commercial outputs: Unknown -> Conditional");
    expect(result.stdout).toMatch(/Stable Diffusion XL 1\.0 \(Every team\): Internal exploration Unknown -> Conditional, Research Unknown -> Conditional/);
    expect(result.stdout).toContain("- New checkpoint FLUX.1 [schnell] (flux-1-schnell) in the catalog.");
    expect(result.stdout).toContain("- New catalog version FLUX.1 [schnell] 1.0 under Apache License 2.0.");
    expect(result.stdout).toMatch(/- New catalog version Illustrious XL v0\.1 under Fair AI Public License 1\.0-SD, from Stable Diffusion XL 1\.0\./);
    expect(result.stdout).toContain("Nothing was written.");
    expect(await prisma.auditEvent.count()).toBe(before);
    expect((await sdxlApproval()).status).toBe("ACTIVE");
  }, 120_000);

  it("the update flags the SDXL approval, writes one audit event per changed licence, and SDXL reads CONDITIONAL by RAIL++-M and its clause", async () => {
    const before = await prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
    const planned = await libraryChanges(prisma);
    const result = await run("licenses:update", [], database.url);
    expect(result.stderr).not.toMatch(/failed|Error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Applied \d+ change\(s\) as admin@example\.com/);

    const approval = await sdxlApproval();
    expect(approval.status).toBe("NEEDS_REVIEW");
    expect(approval.needsReviewReason).toContain("CreativeML Open RAIL++-M");

    const events = await prisma.auditEvent.findMany({ where: { id: { gt: before.id } }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(planned.length);
    expect(events.every((event) => event.actorLabel === "admin@example.com")).toBe(true);
    // One event per licence: a new revision of each changed record, a new record for each new licence, Pony's new layer.
    // The catalog rows the library added: the checkpoint, then each version whole (one event each).
    const perLicense = events.map((event) => {
      const after = event.after as { key?: string; license?: { key: string }; slug?: string; checkpoint?: string; version?: string };
      return `${event.action}:${after.key ?? after.license?.key ?? after.slug ?? `${after.checkpoint}@${after.version}`}`;
    });
    expect(new Set(perLicense).size).toBe(perLicense.length);
    expect(perLicense).toEqual(
      expect.arrayContaining([
        `license.version_created:${LICENSE_KEY.railPlusPlusM}`,
        `license.version_created:${LICENSE_KEY.railM}`,
        `license.version_created:${LICENSE_KEY.stabilityTurbo}`,
        `license.version_created:${LICENSE_KEY.fluxDevNonCommercial}`,
        `license.created:${LICENSE_KEY.apache2}`,
        `license.created:${LICENSE_KEY.fairAiPublicSdPony}`,
        `version.license_added:${LICENSE_KEY.fairAiPublicSdPony}`,
        "checkpoint.created:flux-1-schnell",
        "version.created:flux-1-schnell@1.0",
        "version.created:illustrious-xl@v0.1",
      ]),
    );
    const railEvent = events.find((event) => (event.after as { key?: string }).key === LICENSE_KEY.railPlusPlusM)!;
    expect(railEvent.relatedIds).toContain(approval.id);

    const terms = await sdxlTerms();
    expect(terms.uses.COMMERCIAL_OUTPUTS.status).toBe("CONDITIONAL");
    const deciding = terms.uses.COMMERCIAL_OUTPUTS.provenance[0]!;
    expect(deciding.source).toMatchObject({ kind: "license", licenseKey: LICENSE_KEY.railPlusPlusM, revision: 2 });
    expect(deciding.basis).toMatch(/RAIL\+\+-M §6/);

    // Every licence now says what the library says.
    for (const license of LICENSES) {
      const row = await prisma.license.findUnique({ where: { key: license.key }, select: { id: true } });
      expect(row, license.key).not.toBeNull();
    }

    // The new catalog rows read as on a fresh registry: FLUX.1 [schnell] ALLOWED for every use by
    // Apache-2.0; Illustrious XL v0.1 a fine-tune of SDXL 1.0 under the Fair AI Public License 1.0-SD.
    const schnell = await prisma.checkpointVersion.findFirstOrThrow({
      where: { version: "1.0", checkpoint: { slug: "flux-1-schnell" } },
      select: { id: true, summary: { select: { versionId: true } }, licenses: { select: { license: { select: { key: true } } } } },
    });
    expect(schnell.summary).not.toBeNull();
    expect(schnell.licenses.map((layer) => layer.license.key)).toEqual([LICENSE_KEY.apache2]);
    const schnellTerms = computeEffectiveTerms((await loadLineageFacts(prisma, schnell.id))!.input);
    for (const [use, term] of Object.entries(schnellTerms.uses)) expect(term.status, use).toBe("ALLOWED");
    const illustrious = await prisma.checkpointVersion.findFirstOrThrow({
      where: { version: "v0.1", checkpoint: { slug: "illustrious-xl" } },
      select: {
        id: true,
        kind: true,
        creatorTerms: { select: { versionId: true } },
        licenses: { select: { license: { select: { key: true } } } },
        parentEdges: { select: { relation: true, parent: { select: { version: true, checkpoint: { select: { slug: true } } } } } },
      },
    });
    expect(illustrious.kind).toBe("FINETUNE");
    expect(illustrious.creatorTerms).not.toBeNull();
    expect(illustrious.licenses.map((layer) => layer.license.key)).toEqual([LICENSE_KEY.fairAiPublicSd]);
    expect(illustrious.parentEdges).toEqual([{ relation: "FINETUNE", parent: { version: "1.0", checkpoint: { slug: "stable-diffusion-xl" } } }]);
    const illustriousTerms = computeEffectiveTerms((await loadLineageFacts(prisma, illustrious.id))!.input);
    expect(illustriousTerms.violations.map((violation) => violation.code)).not.toContain("LINEAGE_NOT_RECORDED");
    expect(await libraryChanges(prisma)).toEqual([]);
  }, 180_000);

  it("npm run audit:verify finds the chain intact", async () => {
    const result = await run("audit:verify", [], database.url);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/intact|verified|OK/i);
  }, 120_000);

  it("a second run changes nothing", async () => {
    const before = await prisma.auditEvent.count();
    const revisions = await prisma.licenseVersion.count();
    const result = await run("licenses:update", [], database.url);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("nothing to do");
    expect(await prisma.auditEvent.count()).toBe(before);
    expect(await prisma.licenseVersion.count()).toBe(revisions);
  }, 120_000);
});
