"use server";

import { recordOrganisationFactSchema, withdrawOrganisationFactSchema } from "@/lib/schemas/organisation";
import { defineFormAction, type Revalidation } from "@/lib/server/actions/define-action";
import { recordOrganisationFact } from "@/lib/server/organisation/record-fact";
import { withdrawOrganisationFact } from "@/lib/server/organisation/withdraw-fact";

// A fact changes what every checkpoint whose licence names the condition may be used for without a
// waiver: browse, the detail and review pages all read it.
const FACT_READERS: readonly Revalidation[] = [{ path: "/", type: "layout" }];

function flagged(count: number): string {
  return count > 0 ? ` ${count} approval${count === 1 ? "" : "s"} that relied on it ${count === 1 ? "was" : "were"} flagged for re-review.` : "";
}

export const recordOrganisationFactAction = defineFormAction({
  name: "recordOrganisationFactAction",
  schema: recordOrganisationFactSchema,
  run: (input, { actor }) => recordOrganisationFact(actor, input),
  revalidate: FACT_READERS,
  message: ({ flaggedApprovals }) => `Recorded.${flagged(flaggedApprovals)}`,
});

export const withdrawOrganisationFactAction = defineFormAction({
  name: "withdrawOrganisationFactAction",
  schema: withdrawOrganisationFactSchema,
  run: (input, { actor }) => withdrawOrganisationFact(actor, input),
  revalidate: FACT_READERS,
  message: ({ flaggedApprovals }) => `Withdrawn: the condition is open again.${flagged(flaggedApprovals)}`,
});
