import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { INTENDED_USE_LABELS, TERM_STATUS_LABELS } from "@/lib/licensing/vocabulary";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { planLibraryUpdate } from "@/lib/server/licenses/library-update";
import { applyLicenseLibraryUpdateAction } from "../actions";

export const metadata: Metadata = { title: "Licence library" };

export default async function LicenseLibraryPage() {
  const user = await requirePageAccess(canManageCatalog, "/catalog/library");
  const actor = toActor(user)!;
  const plan = await planLibraryUpdate(actor);
  const flagged = plan.steps.reduce((sum, step) => sum + (step.kind === "new-revision" ? step.approvalCount : 0), 0);

  return (
    <div className="space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { label: "Licence library" }]} />}
        title="Licence library"
        description={
          <>
            The registry ships a library of licence records written from the licence texts, clause by clause. An update never applies itself: each changed
            licence gets a new revision through the same path as an admin&apos;s edit, the approvals that relied on the old revision are flagged for re-review,
            and each licence&apos;s change is one audit event. Checkpoints the library added since are added to the catalog, each version with its licence
            layers and lineage as one audit event. The same preview and update run from the command line: <code>npm run licenses:update -- --dry-run</code>.
          </>
        }
      />
      <Panel id="preview" title="Preview">
        {plan.steps.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="library-up-to-date">
            The licence records are up to date with the library. Nothing to apply.
          </p>
        ) : (
          <div className="space-y-4 text-sm">
            <ul className="space-y-3" data-testid="library-steps">
              {plan.steps.map((step) => (
                <li key={`${step.kind}-${step.key}-${step.kind === "add-layer" ? step.versionId : ""}`}>
                  {step.kind === "create-license" && (
                    <p>
                      New licence <strong>{step.name}</strong> <span className="text-slate-500">({step.key})</span>.
                    </p>
                  )}
                  {step.kind === "add-checkpoint" && (
                    <p>
                      New checkpoint <strong>{step.name}</strong> in the catalog.
                    </p>
                  )}
                  {step.kind === "add-version" && (
                    <p>
                      New catalog version <strong>{step.name}</strong> under {step.licenses.join(", ") || "no licence of its own"}
                      {step.parents.length > 0 ? `, from ${step.parents.join(", ")}` : ""}.
                    </p>
                  )}
                  {step.kind === "add-layer" && (
                    <p>
                      <strong>{step.versionName}</strong> gets its own licence layer {step.name}; its approvals are flagged for re-review.
                    </p>
                  )}
                  {step.kind === "new-revision" && (
                    <div>
                      <p>
                        <strong>{step.name}</strong> <span className="text-slate-500">({step.key})</span>: revision {step.toRevision} replaces revision{" "}
                        {step.fromRevision}.
                      </p>
                      {step.termChanges.length > 0 && (
                        <ul className="list-disc pl-5 text-slate-700">
                          {step.termChanges.map((change) => (
                            <li key={change.use}>
                              {INTENDED_USE_LABELS[change.use]}: {TERM_STATUS_LABELS[change.from]} → {TERM_STATUS_LABELS[change.to]}
                            </li>
                          ))}
                        </ul>
                      )}
                      <p className="text-slate-700">
                        {step.approvalCount === 0
                          ? "No approval relied on it."
                          : `${step.approvalCount} approval${step.approvalCount === 1 ? "" : "s"} relied on it and would be flagged for re-review:`}
                      </p>
                      {step.approvals.length > 0 && (
                        <ul className="list-disc pl-5 text-slate-700">
                          {step.approvals.map((approval) => (
                            <li key={approval.approvalId}>
                              {approval.versionName} ({approval.team})
                              {approval.flips.length > 0
                                ? `: ${approval.flips.map((flip) => `${INTENDED_USE_LABELS[flip.use]} ${TERM_STATUS_LABELS[flip.from]} → ${TERM_STATUS_LABELS[flip.to]}`).join(", ")}`
                                : ": the approved uses keep their status"}
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            <p className="font-medium">
              Applying makes {plan.steps.length} change{plan.steps.length === 1 ? "" : "s"}
              {flagged > 0
                ? ` and flags ${flagged} approval${flagged === 1 ? "" : "s"} for re-review: they stop counting as approved until reviewed again.`
                : "."}
            </p>
            <ActionButton
              action={applyLicenseLibraryUpdateAction}
              fields={{ expectedSteps: String(plan.steps.length) }}
              label="Apply the library update"
              pendingLabel="Applying…"
              tone="primary"
            />
          </div>
        )}
      </Panel>
    </div>
  );
}
