/**
 * `npm run licenses:update [-- --dry-run] [--email <admin email>]`: brings the registry's licence
 * records up to the licence library (prisma/seed-data/licenses.ts) through the admin's own path:
 * each changed licence gets a new revision (one audit event each), and every approval that relied
 * on the old revision is flagged NEEDS_REVIEW. `--dry-run` prints the same preview and writes
 * nothing. A second run finds nothing to do. Acts as the admin named by --email, else the
 * earliest-created active admin (the audit trail names them).
 */
import { parseArgs } from "node:util";
import type { Actor, OrgRole } from "@/lib/policy/capabilities";
import { INTENDED_USE_LABELS, TERM_STATUS_LABELS } from "@/lib/licensing/vocabulary";
import { AppError } from "@/lib/server/errors";
import { runWithDatabase } from "@/scripts/lib/database";
import { FatalError } from "@/scripts/lib/fatal-error";

const USAGE = "Usage: npm run licenses:update [-- --dry-run] [--email <admin email>]";

let values: { "dry-run"?: boolean; email?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { "dry-run": { type: "boolean" }, email: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

await runWithDatabase("licenses:update", async (database) => {
  // The data-access layer reads DATABASE_URL when it first connects.
  process.env.DATABASE_URL = database.url;
  const { prisma } = await import("@/lib/server/db/prisma");
  const { applyLibraryUpdate, planLibraryUpdate } = await import("@/lib/server/licenses/library-update");
  try {
    const admin = await prisma.user.findFirst({
      where: values.email ? { email: values.email.toLowerCase(), active: true, roles: { has: "ADMIN" } } : { active: true, roles: { has: "ADMIN" } },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, roles: true, memberships: { select: { teamId: true } } },
    });
    if (!admin) throw new FatalError(values.email ? `No active admin has the email ${values.email}.` : "The registry has no active admin to act as.");
    const actor: Actor = { id: admin.id, email: admin.email, active: true, roles: admin.roles as OrgRole[], teamIds: admin.memberships.map((m) => m.teamId) };

    const plan = await planLibraryUpdate(actor);
    if (plan.steps.length === 0) {
      console.log("The licence records are up to date with the library: nothing to do.");
      return;
    }
    console.log(`${values["dry-run"] ? "Dry run: " : ""}the licence library would change ${plan.steps.length} thing(s):`);
    for (const step of plan.steps) {
      if (step.kind === "create-license") console.log(`- New licence ${step.name} (${step.key}).`);
      else if (step.kind === "add-layer")
        console.log(`- ${step.versionName} gets its own licence layer ${step.name} (${step.key}); its approvals are flagged for re-review.`);
      else if (step.kind === "add-checkpoint") console.log(`- New checkpoint ${step.name} (${step.key}) in the catalog.`);
      else if (step.kind === "add-version")
        console.log(
          `- New catalog version ${step.name} under ${step.licenses.join(", ") || "no licence of its own"}${step.parents.length > 0 ? `, from ${step.parents.join(", ")}` : ""}.`,
        );
      else {
        console.log(`- ${step.name} (${step.key}): revision ${step.toRevision} replaces revision ${step.fromRevision}.`);
        for (const change of step.termChanges)
          console.log(`    ${INTENDED_USE_LABELS[change.use]}: ${TERM_STATUS_LABELS[change.from]} -> ${TERM_STATUS_LABELS[change.to]}`);
        console.log(`    ${step.approvalCount} approval(s) relied on revision ${step.fromRevision} and would be flagged NEEDS_REVIEW.`);
        for (const approval of step.approvals) {
          const flips = approval.flips.map((flip) => `${INTENDED_USE_LABELS[flip.use]} ${TERM_STATUS_LABELS[flip.from]} -> ${TERM_STATUS_LABELS[flip.to]}`);
          console.log(`      ${approval.versionName} (${approval.team})${flips.length > 0 ? `: ${flips.join(", ")}` : ": approved uses keep their status"}`);
        }
      }
    }
    if (values["dry-run"]) {
      console.log("Nothing was written. Run `npm run licenses:update` to apply.");
      return;
    }
    const result = await applyLibraryUpdate(actor, { expectedSteps: plan.steps.length }).catch((error: unknown) => {
      throw error instanceof AppError ? new FatalError(error.message) : error;
    });
    console.log(`Applied ${result.applied.length} change(s) as ${admin.email}; ${result.flaggedApprovals} approval(s) flagged for re-review.`);
  } finally {
    await prisma.$disconnect();
  }
});
