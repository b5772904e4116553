"use server";

import { readSubmissionForm, submissionSchema } from "@/lib/schemas/submission";
import { defineFormAction } from "@/lib/server/actions/define-action";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";

export const submitReviewRequestAction = defineFormAction({
  name: "submitReviewRequest",
  schema: submissionSchema,
  read: readSubmissionForm,
  run: async (input, { actor, user }) => ({ requestId: (await submitReviewRequest(actor, user, input)).requestId }),
  revalidate: [{ path: "/", type: "layout" }],
  redirectTo: ({ requestId }) => `/reviews/${requestId}?submitted=1`,
});
