"use client";

import { useState, type ReactNode } from "react";

/**
 * A secret shown this once (a new API token, a webhook's signing secret): read-only, selected on
 * focus, with a Copy button that says whether the clipboard took it.
 */
export function SecretShownOnce({
  value,
  inputId,
  label,
  noun,
  heading,
  footer,
  testId,
}: {
  value: string;
  inputId: string;
  /** The field's name for screen readers. */
  label: string;
  /** What to copy by hand when the clipboard refuses ("the token"). */
  noun: string;
  heading: ReactNode;
  footer: ReactNode;
  testId: string;
}) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4" data-testid={testId}>
      <p className="font-medium text-amber-900">{heading}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          {label}
        </label>
        <input
          id={inputId}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <button type="button" onClick={copy} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
          Copy
        </button>
        <span aria-live="polite" className="text-sm">
          {copied === "copied" && "Copied to the clipboard."}
          {copied === "failed" && `Could not copy: select ${noun} and copy it yourself.`}
        </span>
      </div>
      <p className="text-sm text-amber-900">{footer}</p>
    </div>
  );
}
