"use client";

import { PageTitle } from "@/components/ui/page-header";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-20 text-center">
      <PageTitle>Something went wrong</PageTitle>
      <p className="mt-2 text-slate-600">
        The page could not be loaded.{" "}
        {error.digest ? (
          <>
            Reference: <code>{error.digest}</code>.
          </>
        ) : null}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white">
        Try again
      </button>
    </main>
  );
}
