import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { MATCH_KIND_LABELS, referenceLabel, type ImageCheckResult, type ModelCheck } from "@/lib/image-metadata/image-verdict";
import type { GenerationMetadata } from "@/lib/image-metadata/model-reference";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";

export interface ImageEntry {
  id: number;
  fileName: string;
  state: "reading" | "checking" | "done" | "failed";
  format?: "PNG" | "JPEG" | "WEBP";
  warnings: string[];
  metadata?: GenerationMetadata;
  result?: ImageCheckResult;
  problem?: string;
}

const GENERATOR_LABELS = { A1111: "A1111 / Forge parameters", COMFYUI: "ComfyUI graph" } as const;

/** One image's answer: per use approved or not (and why), then each model it names and how the registry identified it. */
export function ImageCheckCard({ entry }: { entry: ImageEntry }) {
  const { result } = entry;
  return (
    <article aria-label={`Check of ${entry.fileName}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold break-all">{entry.fileName}</h3>
        <span className="text-xs text-slate-500">
          {[entry.format, result?.generator ? GENERATOR_LABELS[result.generator] : null].filter(Boolean).join(" · ")}
        </span>
      </header>
      {entry.state === "reading" && <p className="text-sm text-slate-600">Reading the image&apos;s metadata…</p>}
      {entry.state === "checking" && <p className="text-sm text-slate-600">Looking the models up in the registry…</p>}
      {entry.state === "failed" && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {entry.problem}
        </p>
      )}
      {result && entry.state === "done" && (
        <>
          {result.status === "NO_METADATA" && (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              No generation metadata found: nothing in this file says which model made it (it may have been re-saved or stripped), so the registry cannot vouch
              for it.
            </p>
          )}
          <ul className="space-y-1 text-sm" aria-label="Answer per use">
            {result.verdicts.map((verdict) => (
              <li key={verdict.use} className="flex items-start gap-2">
                <Badge tone={verdict.approved ? "good" : "bad"}>{verdict.approved ? "Approved" : "Not approved"}</Badge>
                <span>{verdict.message}</span>
              </li>
            ))}
          </ul>
          {result.models.length > 0 && (
            <div>
              <h4 className="text-sm font-medium">Models named in the metadata</h4>
              <ul className="mt-1 space-y-2 text-sm">
                {result.models.map((model, index) => (
                  <ModelLine key={index} model={model} />
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {entry.warnings.length > 0 && (
        <ul className="list-disc pl-5 text-xs text-amber-900" aria-label="Problems reading the file">
          {entry.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

function ModelLine({ model }: { model: ModelCheck }) {
  const { identification } = model;
  return (
    <li className="rounded-md border border-slate-100 bg-slate-50 p-2">
      <div>
        <span className="font-medium">{referenceLabel(model.reference)}</span> <span className="text-xs text-slate-500">from {model.reference.foundIn}</span>
      </div>
      {identification.status === "IDENTIFIED" && (
        <div className="space-y-1">
          <p>
            In the registry as <Link href={`/checkpoints/${identification.version.id}`}>{identification.version.name}</Link>, identified{" "}
            {MATCH_KIND_LABELS[identification.matchedBy]}.
          </p>
          {model.approvals.length === 0 ? (
            <p className="text-slate-600">No approval holds for it right now.</p>
          ) : (
            <ul className="space-y-0.5 text-xs text-slate-700">
              {model.approvals.map((approval) => (
                <li key={`${approval.approvalId}-${approval.use}`}>
                  <span className="font-medium">{INTENDED_USE_LABELS[approval.use]}</span>: approved{" "}
                  {approval.team ? `for ${approval.team.name}` : "for every team"} until {approval.validUntil.slice(0, 10)}
                  {approval.conditions.length > 0 && <> — conditions: {approval.conditions.join("; ")}</>}
                  {approval.waiver && (
                    <>
                      {" "}
                      — with a waiver ({approval.waiver.reason.replace(/_/g, " ").toLowerCase()}, expires {approval.waiver.expiresAt.slice(0, 10)})
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {identification.status === "NOT_IN_REGISTRY" && <p className="text-rose-800">Not in the registry.</p>}
      {identification.status === "UNIDENTIFIABLE" && <p className="text-rose-800">The metadata gives neither a file name nor a hash to look it up by.</p>}
      {identification.status === "AMBIGUOUS" && (
        <p className="text-rose-800">
          Ambiguous: matches{" "}
          {identification.candidates.map((candidate, index) => (
            <span key={candidate.id}>
              {index > 0 && ", "}
              <Link href={`/checkpoints/${candidate.id}`}>{candidate.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </li>
  );
}
