"use client";

import { useEffect, useState, type RefObject } from "react";
import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";
import type { SubmissionCheck } from "@/lib/reviews/submission-checks";

export interface ChecksPreview {
  status: "idle" | "checking" | "ready" | "error";
  checks: SubmissionCheck[];
  useStatuses: Partial<Record<IntendedUse, TermStatus>> | null;
}

const DEBOUNCE_MS = 400;

/**
 * Asks the server (POST /submit/check) what the submission checks say about the form as it stands,
 * debounced, whenever `key` changes. Only the latest answer is kept.
 */
export function useSubmissionChecks(formRef: RefObject<HTMLFormElement | null>, key: string): ChecksPreview {
  const [preview, setPreview] = useState<ChecksPreview>({ status: "idle", checks: [], useStatuses: null });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const form = formRef.current;
      if (!form) return;
      setPreview((current) => ({ ...current, status: "checking" }));
      try {
        const response = await fetch("/submit/check", { method: "POST", body: new FormData(form), signal: controller.signal });
        if (!response.ok) throw new Error(`check failed: ${response.status}`);
        const body = (await response.json()) as { checks: SubmissionCheck[]; useStatuses: ChecksPreview["useStatuses"] };
        setPreview({ status: "ready", checks: body.checks, useStatuses: body.useStatuses });
      } catch (error) {
        if (!controller.signal.aborted) setPreview((current) => ({ ...current, status: "error" }));
        void error;
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [formRef, key]);

  return preview;
}
