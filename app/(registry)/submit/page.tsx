import type { Metadata } from "next";
import Link from "next/link";
import { canManageCatalog, canSubmit } from "@/lib/policy/capabilities";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { getSubmitFormOptions } from "@/lib/server/submissions/queries";
import { SubmitForm } from "./submit-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Submit for review" };

export default async function SubmitPage() {
  const user = await requirePageAccess(canSubmit, "/submit");
  const options = await getSubmitFormOptions();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader
        title="Submit a checkpoint for review"
        description="Ask for a checkpoint version to be approved for your team's uses. A legal and a technical reviewer sign off."
        actions={
          <Link href="/requests" className="text-sm">
            Your requests
          </Link>
        }
      />
      <SubmitForm
        teams={user.teams}
        architectures={options.architectures}
        licenses={options.licenses}
        canAddLicenses={canManageCatalog(toActor(user)).allowed}
      />
    </div>
  );
}
