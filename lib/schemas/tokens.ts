import { z } from "zod";

/** Shared by the token form (hints), the token actions and `npm run token:create`. */

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
export const TOKEN_DAY_CHOICES = [7, 30, 90, 180, 365] as const;

export const tokenDaysField = z.coerce
  .number({ message: "Enter a number of days." })
  .int({ message: "Enter a whole number of days." })
  .min(1, { message: "A token must last at least 1 day." })
  .max(MAX_TOKEN_DAYS, { message: `A token can last at most ${MAX_TOKEN_DAYS} days.` });

export const createApiTokenSchema = z.object({
  name: z
    .string({ message: "Name the token." })
    .trim()
    .min(1, { message: "Name the token, e.g. after the pipeline that uses it." })
    .max(80, { message: "Keep the name under 80 characters." }),
  expiresInDays: z.preprocess((value) => (value === "" || value === null ? undefined : value), tokenDaysField.default(DEFAULT_TOKEN_DAYS)),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid({ message: "Choose a token." }) });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
