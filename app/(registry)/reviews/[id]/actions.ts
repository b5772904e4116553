"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action-result";
import { requireActionUser } from "@/lib/server/auth/current-user";
import { resubmitReviewRequest } from "@/lib/server/reviews/resubmit-review-request";
import { signOff } from "@/lib/server/reviews/sign-off";
import { withdrawReviewRequest } from "@/lib/server/reviews/withdraw-review-request";
import { readSignOffForm, signOffSchema, withdrawSchema } from "@/lib/schemas/review";
import { readResubmissionForm, resubmissionSchema } from "@/lib/schemas/submission";

// Never null: useActionState starts from null, but every call ends in a result or a redirect.
export type ReviewActionResult = ActionResult<{ requestId: string }>;

export async function signOffAction(_previous: ReviewActionResult | null, formData: FormData): Promise<ReviewActionResult> {
  const result = await runAction("signOff", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(signOffSchema, readSignOffForm(formData));
    await signOff(actor, user, input);
    return { requestId: input.requestId };
  });
  return finish(result, "signed");
}

export async function withdrawReviewRequestAction(_previous: ReviewActionResult | null, formData: FormData): Promise<ReviewActionResult> {
  const result = await runAction("withdrawReviewRequest", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(withdrawSchema, { requestId: formData.get("requestId"), revision: formData.get("revision") });
    await withdrawReviewRequest(actor, user, input);
    return { requestId: input.requestId };
  });
  return finish(result, "withdrawn");
}

export async function resubmitReviewRequestAction(_previous: ReviewActionResult | null, formData: FormData): Promise<ReviewActionResult> {
  const result = await runAction("resubmitReviewRequest", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(resubmissionSchema, readResubmissionForm(formData));
    await resubmitReviewRequest(actor, user, input);
    return { requestId: input.requestId };
  });
  return finish(result, "resubmitted");
}

/** On success the page reloads with a notice; redirect() must stay outside runAction's try/catch. */
function finish(result: ReviewActionResult, done: string): ReviewActionResult {
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect(`/reviews/${result.data.requestId}?done=${done}`);
}
