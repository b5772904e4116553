import type { SubmissionCheck } from "@/lib/reviews/submission-checks";

/** Findings of the submission checks: the submitter sees them before sending, reviewers after. */
export function ChecksList({ checks, empty = "No findings: the checks found nothing to flag." }: { checks: readonly SubmissionCheck[]; empty?: string }) {
  if (checks.length === 0) return <p className="text-sm text-emerald-800">{empty}</p>;
  return (
    <ul className="space-y-2" aria-label="Check findings">
      {checks.map((check, index) => (
        <li
          key={`${check.code}-${check.use ?? index}-${index}`}
          className={`rounded-md px-3 py-2 text-sm ring-1 ring-inset ${
            check.severity === "error" ? "bg-rose-50 text-rose-900 ring-rose-200" : "bg-amber-50 text-amber-900 ring-amber-200"
          }`}
        >
          <span className="mr-2 text-xs font-semibold tracking-wide uppercase">{check.severity === "error" ? "Problem" : "Warning"}</span>
          {check.message}
        </li>
      ))}
    </ul>
  );
}
