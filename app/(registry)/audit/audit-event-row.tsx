import Link from "next/link";
import { diffJson, formatDiffValue } from "@/lib/audit/json-diff";
import type { AuditEventDto } from "@/lib/server/audit/queries";

/** Related ids listed in the row; the export has them all. */
const RELATED_SHOWN = 3;

const KIND_STYLES = { added: "text-emerald-800", removed: "text-rose-800 line-through", changed: "text-slate-900" } as const;

export function AuditEventRow({ event }: { event: AuditEventDto }) {
  const diff = diffJson(event.before, event.after);
  return (
    <tr className="align-top">
      <td className="font-mono text-xs whitespace-nowrap text-slate-500">#{event.id}</td>
      <td className="text-xs whitespace-nowrap">{event.createdAt.replace("T", " ").slice(0, 19)} UTC</td>
      <td>{event.actor}</td>
      <td className="font-mono text-xs">{event.action}</td>
      <td className="text-xs">
        <span className="text-slate-500">{event.subjectTypeLabel}</span>
        <br />
        {event.subject ? (
          event.subject.href ? (
            <Link href={event.subject.href} className="font-medium">
              {event.subject.name}
            </Link>
          ) : (
            <span className="font-medium">{event.subject.name}</span>
          )
        ) : null}
        <details open={!event.subject}>
          <summary className="cursor-pointer text-indigo-700">id</summary>
          <span className="font-mono text-slate-500">{event.subjectId}</span>
        </details>
        {event.relatedIds.length > 0 && (
          <span className="block text-slate-500">
            also changed: <span className="font-mono">{event.relatedIds.slice(0, RELATED_SHOWN).join(", ")}</span>
            {event.relatedIds.length > RELATED_SHOWN && ` and ${event.relatedIds.length - RELATED_SHOWN} more`}
          </span>
        )}
      </td>
      <td className="text-xs">{event.teamName ?? "—"}</td>
      <td className="text-xs">
        {diff.length === 0 ? (
          <span className="text-slate-400">no data change</span>
        ) : (
          <details>
            <summary className="cursor-pointer text-indigo-700">
              {diff.length} field{diff.length === 1 ? "" : "s"}
            </summary>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
              {diff.map((line) => (
                <div key={line.path} className="contents">
                  <dt className="font-mono text-slate-500">{line.path}</dt>
                  <dd className={KIND_STYLES[line.kind]}>
                    {line.kind === "changed" ? (
                      <>
                        <span className="text-rose-800 line-through">{formatDiffValue(line.before)}</span> → {formatDiffValue(line.after)}
                      </>
                    ) : (
                      formatDiffValue(line.kind === "added" ? line.after : line.before)
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        )}
      </td>
    </tr>
  );
}
