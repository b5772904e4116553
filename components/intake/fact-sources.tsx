import { IMPORT_SOURCE_LABELS } from "@/lib/intake/imported-facts";
import type { FactSourceDto } from "@/lib/intake/fact-source";

/** "Where these facts came from" on the detail page: the import the submission recorded. */
export function FactSources({ sources }: { sources: FactSourceDto[] }) {
  if (sources.length === 0) return null;
  const first = sources[0]!;
  return (
    <section aria-labelledby="fact-sources-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="fact-sources">
      <h2 id="fact-sources-heading" className="mb-1 text-lg font-semibold">
        Where these facts came from
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Imported from {IMPORT_SOURCE_LABELS[first.source]}
        {first.via === "PASTED" ? " (pasted by the submitter, not fetched by the registry)" : ""} when the version was submitted; the submitter confirmed or
        corrected every field.
      </p>
      <ul className="space-y-2 text-sm">
        {sources.map((source) => (
          <li key={source.id}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
              <dt className="text-slate-500">Source</dt>
              <dd>
                {source.pageUrl ? (
                  <a href={source.pageUrl} rel="noreferrer noopener" className="break-all">
                    {source.pageUrl}
                  </a>
                ) : (
                  "a pasted model card"
                )}
              </dd>
              {source.responseUrl && (
                <>
                  <dt className="text-slate-500">Answer from</dt>
                  <dd className="break-all">{source.responseUrl}</dd>
                </>
              )}
              <dt className="text-slate-500">{source.via === "PASTED" ? "Pasted" : "Fetched"}</dt>
              <dd>{source.fetchedAt ? formatDateTime(source.fetchedAt) : formatDateTime(source.recordedAt)}</dd>
              <dt className="text-slate-500">SHA-256 of the {source.via === "PASTED" ? "pasted text" : "answer"}</dt>
              <dd>
                <code className="text-xs break-all">{source.responseSha256}</code>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function formatDateTime(iso: string): string {
  return `${iso.replace("T", " ").slice(0, 19)} UTC`;
}
