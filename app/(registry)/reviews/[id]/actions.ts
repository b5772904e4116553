"use server";

import { readSignOffForm, signOffSchema, withdrawSchema } from "@/lib/schemas/review";
import { readResubmissionForm, resubmissionSchema } from "@/lib/schemas/submission";
import { defineFormAction, type Revalidation } from "@/lib/server/actions/define-action";
import { resubmitReviewRequest } from "@/lib/server/reviews/resubmit-review-request";
import { signOff } from "@/lib/server/reviews/sign-off";
import { withdrawReviewRequest } from "@/lib/server/reviews/withdraw-review-request";

// A decision changes the queue, the inbox, browse and the detail pages: revalidate everything; on
// success the request's page reloads with a notice.
const EVERYTHING: readonly Revalidation[] = [{ path: "/", type: "layout" }];
const done = (outcome: string) => (data: { requestId: string }) => `/reviews/${data.requestId}?done=${outcome}`;

export const signOffAction = defineFormAction({
  name: "signOff",
  schema: signOffSchema,
  read: readSignOffForm,
  run: async (input, { actor }) => {
    await signOff(actor, input);
    return { requestId: input.requestId };
  },
  revalidate: EVERYTHING,
  redirectTo: done("signed"),
});

export const withdrawReviewRequestAction = defineFormAction({
  name: "withdrawReviewRequest",
  schema: withdrawSchema,
  run: async (input, { actor }) => {
    await withdrawReviewRequest(actor, input);
    return { requestId: input.requestId };
  },
  revalidate: EVERYTHING,
  redirectTo: done("withdrawn"),
});

export const resubmitReviewRequestAction = defineFormAction({
  name: "resubmitReviewRequest",
  schema: resubmissionSchema,
  read: readResubmissionForm,
  run: async (input, { actor }) => {
    await resubmitReviewRequest(actor, input);
    return { requestId: input.requestId };
  },
  revalidate: EVERYTHING,
  redirectTo: done("resubmitted"),
});
