export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-live="polite" data-loading-fallback>
      <p className="text-sm text-slate-600">Loading the request, its checks and its effective terms…</p>
      <div className="h-64 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
