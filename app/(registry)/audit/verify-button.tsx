"use client";

import { useState, useTransition } from "react";
import type { AuditChainCheck } from "@/lib/audit/chain-check";
import { verifyAuditChainAction } from "./actions";

export function VerifyButton() {
  const [result, setResult] = useState<AuditChainCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const outcome = await verifyAuditChainAction();
            if (outcome.ok) setResult(outcome.data);
            else setError(outcome.message);
          })
        }
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Verifying…" : "Verify chain"}
      </button>
      <p aria-live="polite" className="text-sm">
        {error && <span className="text-rose-700">{error}</span>}
        {result && (
          <span className={result.intact ? "text-emerald-700" : "font-semibold text-rose-700"} data-testid="verify-result">
            {result.summary}
          </span>
        )}
      </p>
    </div>
  );
}
