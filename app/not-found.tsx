import { PageTitle } from "@/components/ui/page-header";
import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <PageTitle className="mt-2">Nothing here</PageTitle>
      <p className="mt-2 text-slate-600">The page or checkpoint you asked for does not exist, or it was removed.</p>
      <Link href="/" className="mt-6 inline-block">
        Back to the catalog
      </Link>
    </main>
  );
}
