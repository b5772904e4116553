import { randomBytes } from "node:crypto";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { checkpointFieldsSchema, createLicenseSchema, createVersionSchema, updateCreatorTermsSchema } from "@/lib/schemas/catalog";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { addLineageEdge } from "@/lib/server/catalog/add-lineage-edge";
import { createCheckpoint } from "@/lib/server/catalog/create-checkpoint";
import { createVersion } from "@/lib/server/catalog/create-version";
import { updateCreatorTerms } from "@/lib/server/catalog/update-creator-terms";
import { addVersionLicense } from "@/lib/server/catalog/version-licenses";
import { prisma } from "@/lib/server/db/prisma";
import { createLicense } from "@/lib/server/licenses/create-license";
import { getEffectiveTerms } from "@/lib/server/licensing/effective-terms";
import type { Person } from "../auth/support/people";

// Catalog facts built through the real mutations (so summaries and audit rows exist as in the
// app), with names no other test file uses: test files share one database and run in parallel.

export const token = () => randomBytes(4).toString("hex");

export async function createArchitecture(): Promise<string> {
  const key = `IT_${token().toUpperCase()}`;
  await prisma.architecture.create({ data: { key, name: `Integration ${key}` } });
  return key;
}

type Terms = Partial<Record<IntendedUse, TermStatus | { status: TermStatus; condition: string }>>;

export function revisionForm(terms: Terms, extra: Record<string, unknown> = {}) {
  return {
    obligations: "",
    ...extra,
    terms: Object.fromEntries(
      INTENDED_USES.map((use) => {
        const term = terms[use];
        if (!term) return [use, { status: "UNKNOWN" }];
        return [use, typeof term === "string" ? { status: term, condition: term === "CONDITIONAL" ? "a stated condition" : "" } : term];
      }),
    ),
  };
}

export async function newLicense(admin: Person, terms: Terms, name = `License ${token()}`) {
  const input = createLicenseSchema.parse({ key: `LicenseRef-it-${token()}`, name, aliases: "", revision: revisionForm(terms) });
  const created = await createLicense(admin.actor, input);
  return { ...created, key: input.key, name };
}

export interface VersionSpec {
  architectureKey: string;
  name?: string;
  kind?: "BASE" | "FINETUNE" | "MERGE" | "DISTILLED";
  licenseIds?: string[];
  parents?: { id: string; relation?: "FINETUNE" | "MERGE" | "DISTILL"; weight?: string }[];
  creatorTerms?: Record<string, unknown>;
  sha256?: string;
  aliases?: string[];
  promptStyle?: "NATURAL_LANGUAGE" | "TAGS" | "HYBRID";
}

export async function newVersion(admin: Person, spec: VersionSpec): Promise<{ versionId: string; checkpointId: string; name: string }> {
  const name = spec.name ?? `Model ${token()}`;
  const { checkpointId } = await createCheckpoint(
    admin.actor,
    checkpointFieldsSchema.parse({ name, slug: `it-${token()}`, aliases: (spec.aliases ?? []).join("\n") }),
  );
  const { versionId } = await createVersion(
    admin.actor,
    createVersionSchema.parse({
      checkpointId,
      version: "1.0",
      kind: spec.kind ?? (spec.parents?.length ? "FINETUNE" : "BASE"),
      architectureKey: spec.architectureKey,
      sha256: spec.sha256,
      promptStyle: spec.promptStyle,
    }),
  );
  for (const licenseId of spec.licenseIds ?? []) await addVersionLicense(admin.actor, { versionId, licenseId });
  for (const parent of spec.parents ?? []) {
    await addLineageEdge(admin.actor, {
      childId: versionId,
      parentId: parent.id,
      relation: parent.relation ?? "FINETUNE",
      weight: parent.weight ? Number(parent.weight) : null,
    });
  }
  if (spec.creatorTerms) {
    await updateCreatorTerms(admin.actor, updateCreatorTermsSchema.parse({ versionId, expectedRevision: 0, ...spec.creatorTerms }));
  }
  return { versionId, checkpointId, name: `${name} 1.0` };
}

const DAY = 24 * 60 * 60 * 1000;

/** An approval as grantApproval makes it, with a waiver for every use that needs one. */
export async function approve(
  versionId: string,
  uses: IntendedUse[],
  options: { grantedById: string; teamId?: string | null; reviewBy?: Date; waiverExpiresAt?: Date; conditions?: string[] },
) {
  const terms = await getEffectiveTerms(prisma, versionId);
  if (!terms) throw new Error("no such version");
  const waivers = uses
    .filter((use) => terms.uses[use].status === "FORBIDDEN" || terms.uses[use].status === "UNKNOWN")
    .map((use) => ({
      use,
      reason: "LEGAL_OPINION" as const,
      comment: "integration test",
      expiresAt: options.waiverExpiresAt ?? new Date(Date.now() + 90 * DAY),
      grantedById: options.grantedById,
    }));
  return prisma.$transaction((tx) =>
    grantApproval(tx, SYSTEM_ACTOR, {
      versionId,
      uses,
      teamId: options.teamId ?? null,
      conditions: options.conditions ?? [],
      reviewBy: options.reviewBy ?? new Date(Date.now() + 180 * DAY),
      waivers,
    }),
  );
}

export async function summaryOf(versionId: string) {
  return prisma.versionSummary.findUniqueOrThrow({ where: { versionId } });
}

export function effectiveOf(summary: { effectiveTerms: string[] }): Record<string, string> {
  return Object.fromEntries(summary.effectiveTerms.map((entry) => entry.split(":")));
}

/**
 * The tests' clock for approvals: `ms` pass for one version's approvals. Readers compare stored
 * times with the database's now(), so moving every stored time of those approvals back by `ms` —
 * the facts (review-by dates, waiver expiries, grant times) and the read model synced from them
 * alike — is what they see when that much time has passed, without sleeping and with no job or
 * resync run in between.
 */
export async function passTime(versionId: string, ms: number): Promise<void> {
  const by = `${ms} milliseconds`;
  await prisma.$transaction([
    prisma.$executeRaw`UPDATE "Approval" SET "reviewBy" = "reviewBy" - ${by}::interval, "grantedAt" = "grantedAt" - ${by}::interval WHERE "versionId" = ${versionId}::uuid`,
    prisma.$executeRaw`UPDATE "Waiver" SET "expiresAt" = "expiresAt" - ${by}::interval, "createdAt" = "createdAt" - ${by}::interval WHERE "approvalId" IN (SELECT id FROM "Approval" WHERE "versionId" = ${versionId}::uuid)`,
    prisma.$executeRaw`UPDATE "VersionUseApproval" SET "validUntil" = "validUntil" - ${by}::interval WHERE "versionId" = ${versionId}::uuid`,
    prisma.$executeRaw`UPDATE "VersionSummary" SET "activeUntil" = "activeUntil" - ${by}::interval, "needsReviewUntil" = "needsReviewUntil" - ${by}::interval, "approvedUntil" = "approvedUntil" - ${by}::interval WHERE "versionId" = ${versionId}::uuid`,
  ]);
}
