import { formatBytes, promptStyleLabel } from "@/lib/format";
import type { VersionDetail } from "@/lib/server/catalog/version-detail";
import { hasAboutText } from "@/lib/catalog/about-text";

export function VersionFacts({ version }: { version: VersionDetail }) {
  const { facts, notes } = version;
  const about = hasAboutText(version.checkpoint.description, notes);
  return (
    <div className={about ? "grid gap-6 lg:grid-cols-3" : "grid gap-6"}>
      {about && (
        <section aria-labelledby="notes-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          <h2 id="notes-heading" className="text-lg font-semibold">
            About
          </h2>
          {version.checkpoint.description && <p className="text-sm text-slate-700">{version.checkpoint.description}</p>}
          {notes.bestFor && (
            <p>
              <span className="font-medium">Best for:</span> {notes.bestFor}
            </p>
          )}
          <NoteList title="Pros" items={notes.pros} />
          <NoteList title="Cons" items={notes.cons} />
          <NoteList title="Known flaws" items={notes.knownFlaws} />
          {notes.licenseNotes && (
            <p className="text-sm text-slate-700">
              <span className="font-medium">License notes:</span> {notes.licenseNotes}
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="facts-heading" className="mb-2 text-lg font-semibold">
          Facts
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <Fact label="Released" value={facts.releasedAt} />
          <Fact label="Native resolution" value={facts.nativeResolution ? `${facts.nativeResolution}px` : null} />
          <Fact label="Prompting" value={facts.promptStyle ? promptStyleLabel(facts.promptStyle) : null} />
          <Fact label="File" value={facts.fileName} />
          <Fact label="Format" value={facts.fileFormat} />
          <Fact label="Size" value={facts.fileSizeBytes === null ? null : formatBytes(facts.fileSizeBytes)} />
          <Fact label="SHA-256" value={facts.sha256 ? <code className="text-xs break-all">{facts.sha256}</code> : null} />
          <Fact
            label="AutoV2"
            value={
              facts.autov2 ? (
                <code className="text-xs" title="The first 10 hex digits of the SHA-256, as A1111 and Civitai show it">
                  {facts.autov2}
                </code>
              ) : null
            }
          />
          <Fact
            label="Source"
            value={
              facts.sourceUrl ? (
                <a href={facts.sourceUrl} rel="noreferrer noopener">
                  {hostname(facts.sourceUrl)}
                </a>
              ) : null
            }
          />
        </dl>
      </section>
    </div>
  );
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
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
