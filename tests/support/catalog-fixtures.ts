import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/server/db/client";
import type { IntendedUse, TermStatus } from "@/lib/server/generated/prisma/enums";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";

/**
 * Small builders for integration tests that need catalog rows: each call makes uniquely named rows,
 * so tests sharing the run's database never collide.
 */

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export async function ensureArchitecture(prisma: PrismaClient, key = "SDXL"): Promise<string> {
  await prisma.architecture.upsert({ where: { key }, create: { key, name: key }, update: {} });
  return key;
}

/** A license with one revision whose terms are `terms` for the listed uses and `fallback` for the rest. */
export async function createLicense(
  prisma: PrismaClient,
  terms: Partial<Record<IntendedUse, TermStatus>> = {},
  fallback: TermStatus = "ALLOWED",
): Promise<{ id: string; key: string; licenseVersionId: string }> {
  const suffix = uniqueSuffix();
  const license = await prisma.license.create({
    data: {
      key: `LicenseRef-test-${suffix}`,
      name: `Test license ${suffix}`,
      versions: {
        create: {
          revision: 1,
          terms: { create: INTENDED_USES.map((use) => ({ use, status: terms[use] ?? fallback })) },
        },
      },
    },
    select: { id: true, key: true, versions: { select: { id: true } } },
  });
  return { id: license.id, key: license.key, licenseVersionId: license.versions[0]!.id };
}

export async function createVersion(
  prisma: PrismaClient,
  options: { licenseIds?: string[]; parentIds?: string[]; name?: string; kind?: "BASE" | "FINETUNE" | "MERGE" | "DISTILLED"; sha256?: string } = {},
): Promise<{ id: string; checkpointId: string; name: string }> {
  const architectureKey = await ensureArchitecture(prisma);
  const suffix = uniqueSuffix();
  const name = options.name ?? `Test checkpoint ${suffix}`;
  const parents = options.parentIds ?? [];
  const version = await prisma.checkpointVersion.create({
    data: {
      version: "1.0",
      kind: options.kind ?? (parents.length > 1 ? "MERGE" : parents.length === 1 ? "FINETUNE" : "BASE"),
      architecture: { connect: { key: architectureKey } },
      sha256: options.sha256 ?? null,
      checkpoint: { create: { slug: `test-${suffix}`, name } },
      licenses: { create: (options.licenseIds ?? []).map((licenseId) => ({ licenseId })) },
      parentEdges: { create: parents.map((parentId) => ({ parentId, relation: parents.length > 1 ? "MERGE" : "FINETUNE" })) },
    },
    select: { id: true, checkpointId: true },
  });
  return { ...version, name };
}

export async function createUser(
  prisma: PrismaClient,
  options: { roles?: ("ADMIN" | "LEGAL_REVIEWER" | "TECH_REVIEWER" | "AUDITOR")[]; teamIds?: string[]; active?: boolean } = {},
): Promise<{ id: string; email: string }> {
  const email = `user-${uniqueSuffix()}@test.example`;
  return prisma.user.create({
    data: {
      email,
      roles: options.roles ?? [],
      active: options.active ?? true,
      memberships: { create: (options.teamIds ?? []).map((teamId) => ({ teamId })) },
    },
    select: { id: true, email: true },
  });
}

export async function createTeam(prisma: PrismaClient): Promise<{ id: string; slug: string }> {
  const suffix = uniqueSuffix();
  return prisma.team.create({ data: { slug: `team-${suffix}`, name: `Team ${suffix}` }, select: { id: true, slug: true } });
}
