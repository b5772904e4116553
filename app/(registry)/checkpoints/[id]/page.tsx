import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/catalog/status-badge";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatBytes, kindLabel, promptStyleLabel } from "@/lib/format";
import { getVersionDetail } from "@/lib/server/catalog/queries";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const version = await getVersionDetail((await params).id);
  return { title: version ? `${version.checkpoint.name} ${version.version}` : "Not found" };
}

const TERM_TONES: Record<string, BadgeTone> = { ALLOWED: "good", CONDITIONAL: "info", FORBIDDEN: "bad", UNKNOWN: "warn" };

export default async function CheckpointVersionPage({ params }: { params: Params }) {
  const version = await getVersionDetail((await params).id);
  if (!version) notFound();

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
        </div>
        <p className="text-sm text-slate-600">
          {kindLabel(version.kind)} · {version.architecture.name}
          {version.publisher ? ` · ${version.publisher}` : ""}
          {version.checkpoint.aliases.length > 0 ? ` · also known as ${version.checkpoint.aliases.join(", ")}` : ""}
        </p>
        {version.checkpoint.versions.length > 1 && (
          <nav aria-label="Versions" className="flex gap-2 text-sm">
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

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="notes-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          <h2 id="notes-heading" className="font-semibold">About</h2>
          {version.bestFor && (
            <p>
              <span className="font-medium">Best for:</span> {version.bestFor}
            </p>
          )}
          <NoteList title="Pros" items={version.pros} />
          <NoteList title="Cons" items={version.cons} />
          <NoteList title="Known flaws" items={version.knownFlaws} />
          {version.licenseNotes && (
            <p className="text-sm text-slate-700">
              <span className="font-medium">License notes:</span> {version.licenseNotes}
            </p>
          )}
        </section>

        <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="facts-heading" className="mb-2 font-semibold">Facts</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <Fact label="Native resolution" value={version.nativeResolution ? `${version.nativeResolution}px` : null} />
            <Fact label="Prompting" value={version.promptStyle ? promptStyleLabel(version.promptStyle) : null} />
            <Fact label="File" value={version.fileName} />
            <Fact label="Size" value={version.fileSizeBytes === null ? null : formatBytes(version.fileSizeBytes)} />
            <Fact label="SHA-256" value={version.sha256 ? <code className="break-all text-xs">{version.sha256}</code> : null} />
            <Fact label="Source" value={version.sourceUrl ? <a href={version.sourceUrl} rel="noreferrer noopener">{new URL(version.sourceUrl).hostname}</a> : null} />
          </dl>
        </section>
      </div>

      <section aria-labelledby="lineage-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="lineage-heading" className="mb-2 font-semibold">Lineage</h2>
        {version.parentEdges.length === 0 && version.childEdges.length === 0 ? (
          <p className="text-sm text-slate-600">No recorded parents or derivatives.</p>
        ) : (
          <div className="grid gap-4 text-sm sm:grid-cols-2">
            <div>
              <h3 className="font-medium">Derived from</h3>
              <ul className="list-disc pl-5">
                {version.parentEdges.map((edge) => (
                  <li key={edge.parent.id}>
                    <Link href={`/checkpoints/${edge.parent.id}`}>
                      {edge.parent.checkpoint.name} {edge.parent.version}
                    </Link>{" "}
                    <span className="text-slate-500">
                      ({edge.relation.toLowerCase()}
                      {edge.weight !== null ? `, weight ${edge.weight}` : ""})
                    </span>
                  </li>
                ))}
                {version.parentEdges.length === 0 && <li className="list-none text-slate-600">Nothing: a base model.</li>}
              </ul>
            </div>
            <div>
              <h3 className="font-medium">Derivatives in the catalog</h3>
              <ul className="list-disc pl-5">
                {version.childEdges.map((edge) => (
                  <li key={edge.child.id}>
                    <Link href={`/checkpoints/${edge.child.id}`}>
                      {edge.child.checkpoint.name} {edge.child.version}
                    </Link>{" "}
                    <span className="text-slate-500">({edge.relation.toLowerCase()})</span>
                  </li>
                ))}
                {version.childEdges.length === 0 && <li className="list-none text-slate-600">None catalogued.</li>}
              </ul>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="licenses-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="licenses-heading" className="font-semibold">License layers declared by this version</h2>
        {version.licenses.length === 0 && <p className="text-sm text-rose-700">No license recorded: every use is unknown.</p>}
        {version.licenses.map((license) => (
          <div key={license.key} className="space-y-2">
            <h3 className="font-medium">
              {license.url ? <a href={license.url}>{license.name}</a> : license.name}{" "}
              <span className="text-xs text-slate-500">
                {license.key}
                {license.current ? ` · revision ${license.current.revision}` : ""}
              </span>
            </h3>
            {license.current?.summary && <p className="text-sm text-slate-700">{license.current.summary}</p>}
            {license.current && (
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {license.current.terms.map((term) => (
                  <li key={term.use} className="flex items-start gap-2">
                    <Badge tone={TERM_TONES[term.status]}>{term.status}</Badge>
                    <span>
                      {term.use}
                      {term.condition ? <span className="text-slate-500"> — {term.condition}</span> : null}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
        {version.creatorTerms && (
          <div className="space-y-1 text-sm">
            <h3 className="font-medium">Creator-added terms</h3>
            <p>
              Commercial use: {version.creatorTerms.allowCommercialUse.length ? version.creatorTerms.allowCommercialUse.join(", ") : "not stated"} ·
              credit {version.creatorTerms.allowNoCredit === null ? "not stated" : version.creatorTerms.allowNoCredit ? "not required" : "required"} ·
              derivatives {version.creatorTerms.allowDerivatives === null ? "not stated" : version.creatorTerms.allowDerivatives ? "allowed" : "not allowed"} ·
              different license for derivatives{" "}
              {version.creatorTerms.allowDifferentLicense === null ? "not stated" : version.creatorTerms.allowDifferentLicense ? "allowed" : "not allowed"}
            </p>
            {version.creatorTerms.text && <p className="text-slate-700">{version.creatorTerms.text}</p>}
          </div>
        )}
      </section>
    </article>
  );
}

function NoteList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-medium">{title}</h3>
      <ul className="list-disc pl-5 text-sm text-slate-700">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd>{value ?? <span className="text-slate-400">—</span>}</dd>
    </>
  );
}
