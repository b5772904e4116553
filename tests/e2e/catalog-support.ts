import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { e2eRun } from "./support/e2e-run";

/**
 * Test data the catalog specs need and the UI cannot make: approvals (granted by the review
 * workflow, which other specs exercise). Written into the e2e app's embedded database through the
 * same functions the app uses (grantApproval, syncVersionSummaries), with unique names.
 */

export const uniqueLabel = (label: string) => `${label} ${randomBytes(3).toString("hex")}`;

function e2eDatabaseUrl(): string {
  const dataDir = process.env.E2E_DATA_DIR ?? e2eRun().dataDir;
  const state = JSON.parse(readFileSync(path.join(dataDir, "embedded.json"), "utf8")) as { port: number };
  return `postgresql://postgres:postgres@127.0.0.1:${state.port}/postgres?sslmode=disable`;
}

export async function withDatabase<T>(run: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = createPrismaClient(e2eDatabaseUrl(), { maxConnections: 2 });
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
  }
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A base model under a license of its own and a fine-tune of it (which declares no license), each
 * approved for internal exploration for every team: the license's next revision must flag both.
 */
export async function createApprovedLineage(label: string) {
  return withDatabase((db) =>
    db.$transaction(
      async (tx) => {
        const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, "-");
        const license = await tx.license.create({
          data: {
            key: `LicenseRef-${slug}`,
            name: `${label} License`,
            versions: {
              create: {
                revision: 1,
                terms: {
                  create: INTENDED_USES.map((use) => ({
                    use,
                    status: use === "INTERNAL_EXPLORATION" || use === "RESEARCH" ? ("ALLOWED" as const) : ("UNKNOWN" as const),
                  })),
                },
              },
            },
          },
          select: { id: true, name: true },
        });
        const version = async (name: string, kind: "BASE" | "FINETUNE", licenseIds: string[]) => {
          const checkpoint = await tx.checkpoint.create({ data: { slug: `${slug}-${kind.toLowerCase()}`, name }, select: { id: true } });
          return (
            await tx.checkpointVersion.create({
              data: {
                checkpointId: checkpoint.id,
                version: "1.0",
                kind,
                architectureKey: "SDXL",
                licenses: { create: licenseIds.map((licenseId) => ({ licenseId })) },
              },
              select: { id: true },
            })
          ).id;
        };
        const baseId = await version(`${label} Base`, "BASE", [license.id]);
        // The fine-tune declares no license of its own: it relies on its base's through lineage.
        const childId = await version(`${label} Tune`, "FINETUNE", []);
        await tx.lineageEdge.create({ data: { parentId: baseId, childId, relation: "FINETUNE" } });
        await syncVersionSummaries(tx, [baseId, childId]);
        const legal = await tx.user.findUniqueOrThrow({ where: { email: "legal@example.com" }, select: { id: true } });
        const reviewBy = new Date(Date.now() + 180 * DAY);
        await grantApproval(tx, SYSTEM_ACTOR, { versionId: baseId, uses: ["INTERNAL_EXPLORATION"], teamId: null, reviewBy });
        // Without a license of its own every use of the fine-tune is UNKNOWN: approved with a waiver.
        await grantApproval(tx, SYSTEM_ACTOR, {
          versionId: childId,
          uses: ["INTERNAL_EXPLORATION"],
          teamId: null,
          reviewBy,
          waivers: [{ use: "INTERNAL_EXPLORATION", reason: "LEGAL_OPINION", comment: "e2e: internal use is fine", expiresAt: reviewBy, grantedById: legal.id }],
        });
        return { licenseId: license.id, licenseName: license.name, baseId, childId };
      },
      { timeout: 30_000 },
    ),
  );
}
