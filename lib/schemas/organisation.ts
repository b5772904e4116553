import { z } from "zod";
import { ORGANISATION_CONDITION_KEYS } from "@/lib/licensing/organisation-conditions";

/** Shared by the organisation settings form (hints) and its actions (the real check). */

export const MAX_FACT_REVIEW_DAYS = 3 * 366;

const DAY_MS = 24 * 60 * 60 * 1000;

export const recordOrganisationFactSchema = z.object({
  conditionKey: z.enum(ORGANISATION_CONDITION_KEYS, { message: "Choose a condition from the list." }),
  met: z.enum(["true", "false"], { message: "Answer yes or no." }).transform((value) => value === "true"),
  evidenceReference: z
    .string({ message: "Say where the evidence is." })
    .trim()
    .min(3, { message: "Say where the evidence is, e.g. the registration number or the policy document." })
    .max(300, { message: "Keep the evidence reference under 300 characters." }),
  note: z
    .string()
    .trim()
    .max(2000, { message: "Keep the note under 2,000 characters." })
    .optional()
    .transform((value) => (value ? value : null)),
  reviewBy: z
    .string({ message: "Choose a review-by date." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Choose a review-by date." })
    .transform((value) => new Date(`${value}T23:59:59.999Z`))
    .refine((date) => !Number.isNaN(date.getTime()), { message: "Choose a valid date." })
    .refine((date) => date.getTime() > Date.now(), { message: "The review-by date must be in the future." })
    .refine((date) => date.getTime() <= Date.now() + MAX_FACT_REVIEW_DAYS * DAY_MS, { message: "Review the fact at least every three years." }),
});
export type RecordOrganisationFactInput = z.infer<typeof recordOrganisationFactSchema>;

export const withdrawOrganisationFactSchema = z.object({
  factId: z.uuid({ message: "Choose a recorded fact." }),
  reason: z
    .string({ message: "Say why the fact is withdrawn." })
    .trim()
    .min(3, { message: "Say why the fact is withdrawn." })
    .max(1000, { message: "Keep the reason under 1,000 characters." }),
});
export type WithdrawOrganisationFactInput = z.infer<typeof withdrawOrganisationFactSchema>;
