import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/schemas/admin";

/**
 * What a password sign-in accepts, checked before anything reaches the database: an email no
 * account could have (too long, control characters such as NUL, not an address) or a password
 * longer than any account may set is refused at once, without a query or a password hash.
 */
export const MAX_EMAIL_LENGTH = 254;

export const WRONG_CREDENTIALS = "Email or password is incorrect.";

export const signInSchema = z.object({
  email: z
    .string({ message: "Enter your email address." })
    .max(MAX_EMAIL_LENGTH * 2, { message: "That email address is too long." })
    .trim()
    .toLowerCase()
    .min(1, { message: "Enter your email address." })
    .max(MAX_EMAIL_LENGTH, { message: "That email address is too long." })
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: "Enter a valid email address." })
    .pipe(z.email({ message: "Enter a valid email address." })),
  // No account can have a longer password (lib/schemas/admin.ts), so it can only be wrong.
  password: z.string({ message: "Enter your password." }).min(1, { message: "Enter your password." }).max(MAX_PASSWORD_LENGTH, { message: WRONG_CREDENTIALS }),
});

export type SignInInput = z.infer<typeof signInSchema>;
