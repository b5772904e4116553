import { z } from "zod";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { checked, lines, text } from "@/lib/reviews/form-fields";
import { commentRequired, SIGN_OFF_CAPACITIES, SIGN_OFF_DECISIONS } from "@/lib/reviews/review-state";
import { WAIVER_REASONS, type ProposedWaiver } from "@/lib/reviews/waiver";

// Sign-off, withdraw and the waivers a legal reviewer records. Shared by the sign-off form and
// signOffAction; SignOff.waivers is read back with storedWaiversSchema.

/** A `<input type="date">` value, as midnight UTC of that day. */
const dateInput = (message: string) => z.iso.date({ message }).transform((value) => new Date(`${value}T00:00:00.000Z`));

const waiverSchema = z.object({
  reason: z.enum(WAIVER_REASONS, { message: "Choose the waiver's reason." }),
  reference: z
    .string()
    .trim()
    .max(200, "The reference can be at most 200 characters.")
    .optional()
    .transform((value) => (value ? value : null)),
  comment: z.string({ message: "Explain the waiver." }).trim().min(1, "Explain the waiver.").max(2000, "The comment can be at most 2000 characters."),
  expiresAt: dateInput("Give the date the waiver expires."),
});

export const signOffSchema = z
  .object({
    requestId: z.guid({ message: "Unknown request." }),
    /** The request revision the reviewer saw: a stale one is a conflict, not a silent overwrite. */
    revision: z.coerce.number().int().positive(),
    capacity: z.enum(SIGN_OFF_CAPACITIES, { message: "Choose the capacity you sign in." }),
    decision: z.enum(SIGN_OFF_DECISIONS, { message: "Choose a decision." }),
    comment: z
      .string()
      .trim()
      .max(4000, "The comment can be at most 4000 characters.")
      .optional()
      .transform((value) => (value ? value : null)),
    conditions: z.array(z.string().trim().min(1).max(500, "A condition can be at most 500 characters.")).max(20, "At most 20 conditions."),
    reviewBy: dateInput("Give a valid review-by date.")
      .optional()
      .transform((value) => value ?? null),
    scopeAllTeams: z.boolean(),
    waivers: z.partialRecord(z.enum(INTENDED_USES), waiverSchema),
  })
  // zod runs this even when a field failed (then holding its raw input): each check guards its types.
  .superRefine((input, ctx) => {
    if (commentRequired(input.decision) && !input.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "A comment is required to reject or request changes: say why." });
    }
    const now = Date.now();
    if (input.reviewBy instanceof Date && input.reviewBy.getTime() <= now) {
      ctx.addIssue({ code: "custom", path: ["reviewBy"], message: "The review-by date must be in the future." });
    }
    const waiverUses = Object.keys(input.waivers ?? {}) as (keyof typeof input.waivers)[];
    if (waiverUses.length > 0 && (input.capacity !== "LEGAL" || input.decision !== "APPROVE")) {
      ctx.addIssue({ code: "custom", path: ["waivers"], message: "Only the legal reviewer records waivers, with an approval." });
    }
    if (input.scopeAllTeams && input.capacity !== "LEGAL") {
      ctx.addIssue({ code: "custom", path: ["scopeAllTeams"], message: "Only the legal reviewer can approve for every team." });
    }
    for (const use of waiverUses) {
      const expiresAt = input.waivers[use]?.expiresAt;
      if (expiresAt instanceof Date && expiresAt.getTime() <= now) {
        ctx.addIssue({ code: "custom", path: ["waivers", use, "expiresAt"], message: "The waiver's expiry must be in the future." });
      }
    }
  });

export type SignOffInput = z.infer<typeof signOffSchema>;

export function toProposedWaivers(waivers: SignOffInput["waivers"]): ProposedWaiver[] {
  return INTENDED_USES.flatMap((use) => {
    const waiver = waivers[use];
    return waiver ? [{ use, reason: waiver.reason, reference: waiver.reference, comment: waiver.comment, expiresAt: waiver.expiresAt.toISOString() }] : [];
  });
}

/** SignOff.waivers as stored: ProposedWaiver[]. */
export const storedWaiversSchema = z.array(
  z.object({
    use: z.enum(INTENDED_USES),
    reason: z.enum(WAIVER_REASONS),
    reference: z.string().nullable(),
    comment: z.string(),
    expiresAt: z.iso.datetime(),
  }),
);

export const withdrawSchema = z.object({
  requestId: z.guid({ message: "Unknown request." }),
  revision: z.coerce.number().int().positive(),
});

export type WithdrawInput = z.infer<typeof withdrawSchema>;

/** The sign-off form's fields as signOffSchema expects them. A waiver counts only when its box is ticked. */
export function readSignOffForm(formData: FormData): Record<string, unknown> {
  const waivers: Record<string, unknown> = {};
  for (const use of INTENDED_USES) {
    if (!checked(formData, `waivers.${use}.enabled`)) continue;
    waivers[use] = {
      reason: text(formData, `waivers.${use}.reason`),
      reference: text(formData, `waivers.${use}.reference`),
      comment: text(formData, `waivers.${use}.comment`),
      expiresAt: text(formData, `waivers.${use}.expiresAt`),
    };
  }
  return {
    requestId: text(formData, "requestId"),
    revision: text(formData, "revision"),
    capacity: text(formData, "capacity"),
    decision: text(formData, "decision"),
    comment: text(formData, "comment"),
    conditions: lines(formData, "conditions"),
    reviewBy: text(formData, "reviewBy"),
    scopeAllTeams: checked(formData, "scopeAllTeams"),
    waivers,
  };
}

// The review queue's filters, from the URL: anything unknown falls back to no filter.
export const QUEUE_STATUSES = ["open", "changes", "decided", "all"] as const;
export const QUEUE_AGES = [1, 3, 7, 14, 30] as const;

export const reviewQueueFilterSchema = z.object({
  status: z.enum(QUEUE_STATUSES).catch("open"),
  waiting: z.enum(["legal", "technical"]).optional().catch(undefined),
  mine: z.enum(["submitted", "signed"]).optional().catch(undefined),
  team: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,80}$/)
    .optional()
    .catch(undefined),
  olderThan: z.coerce
    .number()
    .refine((days) => (QUEUE_AGES as readonly number[]).includes(days))
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>;

export function readQueueFilter(searchParams: Record<string, string | string[] | undefined>): ReviewQueueFilter {
  const single = (name: string) => {
    const value = searchParams[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  };
  return reviewQueueFilterSchema.parse({
    status: single("status"),
    waiting: single("waiting"),
    mine: single("mine"),
    team: single("team"),
    olderThan: single("olderThan"),
    page: single("page"),
  });
}
