import { diffJson, formatDiffValue } from "@/lib/audit/json-diff";
import type { AuditEventDto } from "@/lib/server/audit/queries";

/** Related ids listed in the row; the export has them all. */
const RELATED_SHOWN = 3;

const KIND_STYLES = { added: "text-emerald-800", removed: "text-rose-800 line-through", changed: "text-slate-900" } as const;

export function AuditEventRow({ event }: { event: AuditEventDto }) {
  const diff = diffJson(event.before, event.after);
  return (
    <tr className="align-top">
      <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-500">#{event.id}</td>
      <td className="whitespace-nowrap px-3 py-2 text-xs">{event.createdAt.replace("T", " ").slice(0, 19)} UTC</td>
      <td className="px-3 py-2">{event.actor}</td>
      <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
      <td className="px-3 py-2 text-xs">
        {event.subjectType}
        <br />
        <span className="font-mono text-slate-500">{event.subjectId}</span>
        {event.relatedIds.length > 0 && (
          <span className="block text-slate-500">
            also changed: <span className="font-mono">{event.relatedIds.slice(0, RELATED_SHOWN).join(", ")}</span>
            {event.relatedIds.length > RELATED_SHOWN && ` and ${event.relatedIds.length - RELATED_SHOWN} more`}
          </span>
        )}
      </td>
      <td className="px-3 py-2 text-xs">{event.teamName ?? "—"}</td>
      <td className="px-3 py-2 text-xs">
        {diff.length === 0 ? (
          <span className="text-slate-400">no data change</span>
        ) : (
          <details>
            <summary className="cursor-pointer text-indigo-700">
              {diff.length} field{diff.length === 1 ? "" : "s"}
            </summary>
            <table className="mt-1">
              <tbody>
                {diff.map((line) => (
                  <tr key={line.path}>
                    <th scope="row" className="pr-2 text-left font-mono font-normal text-slate-500">
                      {line.path}
                    </th>
                    <td className={KIND_STYLES[line.kind]}>
                      {line.kind === "changed" ? (
                        <>
                          <span className="text-rose-800 line-through">{formatDiffValue(line.before)}</span> → {formatDiffValue(line.after)}
                        </>
                      ) : (
                        formatDiffValue(line.kind === "added" ? line.after : line.before)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </td>
    </tr>
  );
}
