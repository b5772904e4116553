"use server";

import { readSubmissionForm, submissionSchema } from "@/lib/schemas/submission";
import { importInputSchema } from "@/lib/schemas/intake";
import { canSubmit } from "@/lib/policy/capabilities";
import { defineCallAction, defineFormAction } from "@/lib/server/actions/define-action";
import { assertAllowed } from "@/lib/server/errors";
import { importCheckpoint } from "@/lib/server/intake/import-checkpoint";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";

export const submitReviewRequestAction = defineFormAction({
  name: "submitReviewRequest",
  schema: submissionSchema,
  read: readSubmissionForm,
  run: async (input, { actor }) => ({ requestId: (await submitReviewRequest(actor, input)).requestId }),
  revalidate: [{ path: "/", type: "layout" }],
  redirectTo: ({ requestId }) => `/reviews/${requestId}?submitted=1`,
});

/** Reads a model's public facts from Civitai or Hugging Face (or pasted text) for the form; writes nothing. */
export const importCheckpointAction = defineCallAction({
  name: "importCheckpoint",
  schema: importInputSchema,
  run: async (input, { actor }) => {
    assertAllowed(canSubmit(actor));
    return importCheckpoint(input);
  },
});
