import Link from "next/link";
import { PageTitle } from "@/components/ui/page-header";

/** "Nothing here": the body of both not-found pages (the root one is its own <main>, the registry's sits in the layout's). */
export function NotFoundMessage() {
  return (
    <>
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <PageTitle className="mt-2">Nothing here</PageTitle>
      <p className="mt-2 text-slate-600">The page or checkpoint you asked for does not exist, or it was removed.</p>
      <Link href="/" className="mt-6 inline-block">
        Back to the catalog
      </Link>
    </>
  );
}
