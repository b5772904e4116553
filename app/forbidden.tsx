import { PageTitle } from "@/components/ui/page-header";
import Link from "next/link";

export default function Forbidden() {
  return (
    // Inside the registry layout's <main> (forbidden() is called from its pages), so not a second one.
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-semibold text-rose-700">403</p>
      <PageTitle className="mt-2">You don’t have access to this page</PageTitle>
      <p className="mt-2 text-slate-600">Your roles don’t include what this page needs. If you think they should, ask an admin to grant you the role.</p>
      <Link href="/" className="mt-6 inline-block">
        Back to the catalog
      </Link>
    </div>
  );
}
