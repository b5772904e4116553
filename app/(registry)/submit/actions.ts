"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action-result";
import { requireActionUser } from "@/lib/server/auth/current-user";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";
import { readSubmissionForm, submissionSchema } from "@/lib/schemas/submission";

export type SubmitResult = ActionResult<{ requestId: string }>;

export async function submitReviewRequestAction(_previous: SubmitResult | null, formData: FormData): Promise<SubmitResult> {
  const result = await runAction("submitReviewRequest", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(submissionSchema, readSubmissionForm(formData));
    const { requestId } = await submitReviewRequest(actor, user, input);
    return { requestId };
  });
  if (result.ok) {
    revalidatePath("/", "layout");
    redirect(`/reviews/${result.data.requestId}?submitted=1`);
  }
  return result;
}
