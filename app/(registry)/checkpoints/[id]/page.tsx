import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EffectiveTerms } from "@/components/license-stack/effective-terms";
import { LicenseLayers } from "@/components/license-stack/license-layers";
import { LineageSection } from "@/components/lineage-graph/lineage-section";
import { approvalForViewer } from "@/lib/approvals/approval-visibility";
import { kindLabel } from "@/lib/format";
import { canBrowse, canManageCatalog, canReadAudit, canRevokeApproval } from "@/lib/policy/capabilities";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { getVersionDetail } from "@/lib/server/catalog/queries";
import { listVersionFactSources } from "@/lib/server/intake/fact-sources";
import { FactSources } from "@/components/intake/fact-sources";
import { ApprovalsSection } from "./approvals-section";
import { HistorySection } from "./history-section";
import { DescendantsSection } from "./descendants-section";
import { getDescendants } from "@/lib/server/catalog/descendants";
import { VersionFacts } from "./version-facts";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { CatalogStatusBadge } from "@/components/ui/status-badges";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const version = await getVersionDetail((await params).id);
  return { title: version ? version.name : "Not found" };
}

export default async function CheckpointVersionPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await requirePageAccess(canBrowse, `/checkpoints/${id}`);
  const version = await getVersionDetail(id);
  if (!version) notFound();
  const actor = toActor(user);
  const [factSources, descendants] = await Promise.all([
    listVersionFactSources(version.id),
    version.kind === "BASE" ? getDescendants(version.id) : Promise.resolve(null),
  ]);

  return (
    <article className="space-y-6">
      <PageHeader
        trail={<Breadcrumbs root={null} trail={[{ href: "/", label: "Checkpoints" }, { label: version.checkpoint.name }]} />}
        title={
          <>
            {version.checkpoint.name} <span className="text-slate-500">{version.version}</span>
          </>
        }
        badges={<CatalogStatusBadge status={version.status} />}
        actions={
          <span className="flex gap-3 text-sm">
            <a href={`/checkpoints/${version.id}/bom`} download title="CycloneDX 1.6 ML-BOM: this version, its lineage, licences and approvals">
              Download CycloneDX BOM
            </a>
            {canManageCatalog(actor).allowed && <Link href={`/catalog/versions/${version.id}`}>Edit in the catalog</Link>}
          </span>
        }
        description={
          <>
            {kindLabel(version.kind)} · {version.architecture.name}
            {version.facts.publisher ? ` · ${version.facts.publisher}` : ""}
            {version.checkpoint.aliases.length > 0 ? ` · also known as ${version.checkpoint.aliases.join(", ")}` : ""}
          </>
        }
      >
        {version.checkpoint.versions.length > 1 && (
          <nav aria-label="Versions" className="flex flex-wrap gap-2 text-sm">
            {version.checkpoint.versions.map((other) =>
              other.id === version.id ? (
                <span key={other.id} aria-current="page" className="rounded bg-indigo-600 px-2 py-0.5 text-white">
                  {other.version}
                </span>
              ) : (
                <Link key={other.id} href={`/checkpoints/${other.id}`} className="rounded bg-slate-100 px-2 py-0.5">
                  {other.version}
                </Link>
              ),
            )}
          </nav>
        )}
      </PageHeader>

      <Section id="effective" title="Effective terms per use">
        <p className="mb-3 text-sm text-slate-600">
          The strictest status of every license and creator-terms layer of this version and all its ancestors (Forbidden, then Unknown, then Conditional, then
          Allowed), with the layer that decides it.
        </p>
        <EffectiveTerms effective={version.effective} />
      </Section>

      <Section id="approvals" title="Approvals">
        <ApprovalsSection
          versionId={version.id}
          approvals={version.approvals.map((approval) => approvalForViewer(approval, actor))}
          canRevoke={canRevokeApproval(actor).allowed}
        />
      </Section>

      <Section id="lineage" title="Lineage">
        <LineageSection lineage={version.lineage} currentId={version.id} />
      </Section>

      {descendants && (
        <Section id="derived" title="Fine-tunes and merges of this model">
          <DescendantsSection subjectName={version.name} descendants={descendants} />
        </Section>
      )}

      <Section id="licenses" title="License layers of this version and its ancestors">
        <LicenseLayers stack={version.stack} />
      </Section>

      <VersionFacts version={version} />

      <FactSources sources={factSources} />

      <Section id="history" title="History">
        <HistorySection
          history={version.history}
          auditLink={canReadAudit(actor).allowed ? `/audit?checkpoint=${encodeURIComponent(version.checkpoint.name)}` : null}
        />
      </Section>
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
