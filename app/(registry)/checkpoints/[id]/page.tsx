import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/catalog/status-badge";
import { EffectiveTerms } from "@/components/license-stack/effective-terms";
import { LicenseLayers } from "@/components/license-stack/license-layers";
import { LineageSection } from "@/components/lineage-graph/lineage-section";
import { kindLabel } from "@/lib/format";
import { canBrowse, canManageCatalog, canReadAudit, canRevokeApproval } from "@/lib/policy/capabilities";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { getVersionDetail } from "@/lib/server/catalog/queries";
import { ApprovalsSection } from "./approvals-section";
import { HistorySection } from "./history-section";
import { VersionFacts } from "./version-facts";

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

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-500">
          <Link href="/">Checkpoints</Link> / {version.checkpoint.name}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">
            {version.checkpoint.name} <span className="text-slate-500">{version.version}</span>
          </h1>
          <StatusBadge status={version.status} />
          <span className="ml-auto flex gap-3 text-sm">
            <a href={`/checkpoints/${version.id}/bom`} download title="CycloneDX 1.6 ML-BOM: this version, its lineage, licences and approvals">
              Download CycloneDX BOM
            </a>
            {canManageCatalog(actor).allowed && <Link href={`/catalog/versions/${version.id}`}>Edit in the catalog</Link>}
          </span>
        </div>
        <p className="text-sm text-slate-600">
          {kindLabel(version.kind)} · {version.architecture.name}
          {version.facts.publisher ? ` · ${version.facts.publisher}` : ""}
          {version.checkpoint.aliases.length > 0 ? ` · also known as ${version.checkpoint.aliases.join(", ")}` : ""}
        </p>
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
      </header>

      <Section id="effective" title="Effective terms per use">
        <p className="mb-3 text-sm text-slate-600">
          The strictest status of every license and creator-terms layer of this version and all its ancestors (Forbidden, then Unknown, then
          Conditional, then Allowed), with the layer that decides it.
        </p>
        <EffectiveTerms effective={version.effective} />
      </Section>

      <Section id="approvals" title="Approvals">
        <ApprovalsSection approvals={version.approvals} canRevoke={canRevokeApproval(actor).allowed} />
      </Section>

      <Section id="lineage" title="Lineage">
        <LineageSection lineage={version.lineage} currentId={version.id} />
      </Section>

      <Section id="licenses" title="License layers of this version and its ancestors">
        <LicenseLayers stack={version.stack} />
      </Section>

      <VersionFacts version={version} />

      <Section id="history" title="History">
        <HistorySection history={version.history} auditLink={canReadAudit(actor).allowed ? `/audit?checkpoint=${encodeURIComponent(version.checkpoint.name)}` : null} />
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
