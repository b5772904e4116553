export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-live="polite" data-loading-fallback>
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p className="text-sm text-slate-600">Loading the requests…</p>
      <div className="h-40 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
