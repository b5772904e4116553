import { PageHeader } from "@/components/ui/page-header";

export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-live="polite" data-loading-fallback>
      <PageHeader title="Review queue" description="Loading the requests…" />
      <div className="h-40 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
