import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { createLicenseRevisionSchema } from "@/lib/schemas/catalog";
import { toActor } from "@/lib/server/auth/current-user";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { previewLicenseRevision } from "@/lib/server/licenses/preview-license-revision";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { seedDatabase } from "@/prisma/seed";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";
import { GET as getVersion } from "@/app/api/v1/versions/[id]/route";
import { GET as lookup } from "@/app/api/v1/lookup/route";

// The seeded catalog on a database of its own, served to the code under test through the app's
// own singletons (lib/server/db/prisma.ts and hot-path-sql.ts reuse a client already on globalThis).
const holder = globalThis as unknown as { checkpointRegistryPrisma?: PrismaClient; checkpointRegistryHotPathPool?: pg.Pool };
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;
let previousClient: PrismaClient | undefined;
let previousPool: pg.Pool | undefined;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createScratchDatabase("rereview");
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url);
  await seedDatabase(prisma);
  previousClient = holder.checkpointRegistryPrisma;
  previousPool = holder.checkpointRegistryHotPathPool;
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  holder.checkpointRegistryPrisma = prisma;
  holder.checkpointRegistryHotPathPool = pool;
}, 120_000);

afterAll(async () => {
  holder.checkpointRegistryPrisma = previousClient;
  holder.checkpointRegistryHotPathPool = previousPool;
  await pool.end();
  await prisma.$disconnect();
  await database.drop();
});

async function admin() {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email: "admin@example.com" },
    select: { id: true, email: true, name: true, roles: true, memberships: { select: { team: { select: { id: true, slug: true, name: true } } } } },
  });
  const current = { id: user.id, email: user.email, name: user.name, roles: user.roles, teams: user.memberships.map((m) => m.team) };
  return { user: current, actor: toActor(current)! };
}

async function approvalOf(checkpointSlug: string, version: string) {
  return prisma.approval.findFirstOrThrow({
    where: { version: { version, checkpoint: { slug: checkpointSlug } } },
    select: { id: true, status: true, versionId: true, needsReviewReason: true, team: { select: { slug: true } } },
  });
}

async function sdxlLicense() {
  const layer = await prisma.versionLicense.findFirstOrThrow({
    where: { version: { version: "1.0", checkpoint: { slug: "stable-diffusion-xl" } } },
    select: { license: { select: { id: true, name: true, versions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true, terms: true } } } } },
  });
  return layer.license;
}

function revisionInput(licenseId: string, revision: number, terms: Record<string, { status: string; condition?: string | null }>) {
  return createLicenseRevisionSchema.parse({
    licenseId,
    expectedRevision: String(revision),
    obligations: "",
    passThroughRestrictions: "on",
    terms: Object.fromEntries(INTENDED_USES.map((use) => [use, { status: terms[use]?.status ?? "UNKNOWN", condition: terms[use]?.condition ?? "" }])),
  });
}

describe("re-review and expiry on the seeded catalog", () => {
  it("previews, then applies, a change of SDXL's license terms: Pony and Illustrious (descendants) are flagged NEEDS_REVIEW and reviewers are told", async () => {
    const { actor } = await admin();
    const license = await sdxlLicense();
    const current = license.versions[0]!;
    const terms = Object.fromEntries(current.terms.map((term) => [term.use, { status: term.status as string, condition: term.condition }]));
    terms.INTERNAL_EXPLORATION = { status: "FORBIDDEN", condition: null };
    const input = revisionInput(license.id, current.revision, terms);

    const eventsBefore = await prisma.auditEvent.count();
    const preview = await previewLicenseRevision(actor, input);
    expect(await prisma.auditEvent.count()).toBe(eventsBefore);
    const previewed = Object.fromEntries(preview.approvals.map((approval) => [approval.versionName, approval.flips]));
    expect(Object.keys(previewed)).toEqual(expect.arrayContaining(["Stable Diffusion XL 1.0", "Pony Diffusion V6 XL", "Illustrious XL v2.0"]));
    expect(previewed["Pony Diffusion V6 XL"]).toEqual([{ use: "INTERNAL_EXPLORATION", from: expect.any(String), to: "FORBIDDEN" }]);
    expect((await approvalOf("pony-diffusion", "V6 XL")).status).toBe("ACTIVE");

    const result = await createLicenseRevision(actor, input);
    expect(result.flaggedApprovals).toBe(preview.approvalCount);
    // One audit event for the revision; it names every approval it flagged.
    const revisionEvents = await prisma.auditEvent.findMany({ where: { action: "license.version_created", subjectId: result.licenseVersionId } });
    expect(revisionEvents).toHaveLength(1);
    expect((revisionEvents[0]!.after as { flaggedApprovals: unknown[] }).flaggedApprovals).toHaveLength(preview.approvalCount);
    for (const [slug, version] of [
      ["stable-diffusion-xl", "1.0"],
      ["pony-diffusion", "V6 XL"],
      ["illustrious-xl", "v2.0"],
    ] as const) {
      const approval = await approvalOf(slug, version);
      expect(approval.status, slug).toBe("NEEDS_REVIEW");
      expect(approval.needsReviewReason).toContain(license.name);
      expect(revisionEvents[0]!.relatedIds, slug).toContain(approval.id);
    }
    expect((await approvalOf("flux-1-dev", "1.0")).status).toBe("ACTIVE");

    const legal = await prisma.user.findUniqueOrThrow({
      where: { email: "legal@example.com" },
      select: { notifications: { where: { kind: "approval.needs_review" } } },
    });
    const tech = await prisma.user.findUniqueOrThrow({
      where: { email: "tech@example.com" },
      select: { notifications: { where: { kind: "approval.needs_review" } } },
    });
    expect(legal.notifications).toHaveLength(1);
    expect(legal.notifications[0]!.title).toBe(`${result.flaggedApprovals} approvals need review`);
    expect(tech.notifications).toHaveLength(1);
  });

  it("reads an approval past its review-by date as EXPIRED in the API before any job runs", async () => {
    const approval = await approvalOf("flux-1-dev", "1.0");
    const sha256 = "f".repeat(64);
    await prisma.checkpointVersion.update({ where: { id: approval.versionId }, data: { sha256 } });
    await prisma.$transaction((tx) => syncVersionSummaries(tx, [approval.versionId]));
    const member = await prisma.user.findUniqueOrThrow({ where: { email: "member@example.com" }, select: { id: true } });
    const { token } = await issueApiToken(prisma, { userId: member.id, name: "expiry-check", expiresInDays: 1 }, { id: null, label: "test" });
    const headers = { Authorization: `Bearer ${token}` };
    const approvedUses = async () => {
      // Asked for the approval's team (the member's): a team's approval counts only when asked for it.
      const team = approval.team ? `&team=${approval.team.slug}` : "";
      const response = await lookup(new Request(`http://localhost/api/v1/lookup?sha256=${sha256}${team}`, { headers }));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { matches: { approvedUses: string[] }[] };
      return body.matches.flatMap((match) => match.approvedUses);
    };
    expect(await approvedUses()).toContain("COMMERCIAL_OUTPUTS");

    // The review-by date passes (set in the past, as the clock would); no job runs.
    await prisma.approval.update({ where: { id: approval.id }, data: { reviewBy: new Date(Date.now() - 60_000) } });
    await prisma.$transaction((tx) => syncVersionSummaries(tx, [approval.versionId]));

    const response = await getVersion(new Request(`http://localhost/api/v1/versions/${approval.versionId}`, { headers }), {
      params: Promise.resolve({ id: approval.versionId }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { approvals: { id: string; state: string }[] };
    const read = body.approvals.find((entry) => entry.id === approval.id)!;
    expect(read.state).toBe("EXPIRED");
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approval.id } })).status).toBe("ACTIVE");
    expect(await approvedUses()).not.toContain("COMMERCIAL_OUTPUTS");
  });
});
