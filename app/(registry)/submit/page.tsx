import type { Metadata } from "next";
import Link from "next/link";
import { canManageCatalog, canSubmit } from "@/lib/policy/capabilities";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { getSubmitFormOptions } from "@/lib/server/submissions/queries";
import { SubmitForm } from "./submit-form";

export const metadata: Metadata = { title: "Submit for review" };

export default async function SubmitPage() {
  const user = await requirePageAccess(canSubmit, "/submit");
  const options = await getSubmitFormOptions();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Submit a checkpoint for review</h1>
          <p className="text-sm text-slate-600">
            Ask for a checkpoint version to be approved for your team&apos;s uses. A legal and a technical reviewer sign off.
          </p>
        </div>
        <Link href="/requests" className="text-sm">
          Your requests
        </Link>
      </header>
      <SubmitForm teams={user.teams} architectures={options.architectures} licenses={options.licenses} canAddLicenses={canManageCatalog(toActor(user)).allowed} />
    </div>
  );
}
